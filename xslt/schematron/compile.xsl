<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit's ISO Schematron compiler: a Schematron schema in, an XSLT 3.0 stylesheet out. Written for teikit (MIT);
  not derived from the ISO skeleton or from SchXslt.

  The generated stylesheet returns a JSON array with one object per failed assert or successful report:
    { "about": "{\"key\": \"3.1.2\", \"pattern\": ..., \"rule\": 1, \"context\": ..., \"id\": ..., \"role\": ...,
                \"flag\": ..., \"kind\": \"assert\" | \"report\" | \"rule\", \"test\": ...}",
      "node": "1/4/2/@target", "message": "...", "diagnostics": "...", "failed": true (only when the test failed to run) }
  "about" is what is known when compiling, as JSON text (a string literal is one node of the compiled stylesheet;
  SaxonJS walks the whole compiled stylesheet on every run, so it pays to keep it small). "node" locates the node
  without a second parser: the 1-based positions of the element and of its ancestors among their element siblings,
  then "@name" for an attribute or "text()" for any other node, so that the caller finds the same node in its own
  DOM (which knows line and column). "failed": a test that raised a dynamic error (a cast of bad data), reported
  instead of stopping the validation.

  How it runs (SaxonJS dispatches template rules by element name, but a generic pattern such as tei:*[@when] is
  tested on every node it is offered, about a microsecond each):
  - one walk, one mode: all rules of all patterns are templates of mode tk:all. A template does its rule's checks,
    then passes the node on with xsl:next-match, so that every pattern sees it; within a pattern only the first
    matching rule counts (ISO Schematron): earlier rules get higher priorities, and a pattern with several rules
    records in $tk:done that it has fired for the node.
  - the walk offers only candidates: elements whose local name is the last step of some rule context, or that
    carry an attribute some generic context requires (tei:*[@when] needs @when); attributes likewise by name. A
    context the compiler cannot read that way (tei:*[not(@x)], node()) makes every element a candidate.
  - contexts anchored at the root (/*[...], /tei:TEI) are evaluated once into a global variable and offered
    directly: matched as patterns they would have their predicate tested on every node, which is quadratic when
    the predicate scans the document (TEI's /*[count(//tei:constraintDecl) gt 1]).

  Input: an ISO Schematron schema, a RELAX NG schema with embedded Schematron (tei_all.rng, or one generated from a
  project's ODD), or a TEI ODD (the Schematron of its constraintSpecs).
  Supported: ns, let (schema, pattern and rule level; @value or content), pattern, rule (@context, @role, @flag,
  abstract rules and extends), assert and report (@id, @role, @flag, @diagnostics), value-of, name, emph, dir,
  span, diagnostics/diagnostic, phase (defaultPhase), title and p (ignored). queryBinding xslt, xslt2, xslt3 (and
  the XPath ones), all evaluated as XPath 3.1. Refused with an error that names them: include, extends/@href,
  abstract patterns (is-a, param).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:axsl="urn:teikit:alias:xsl"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tk="urn:teikit:schematron"
  exclude-result-prefixes="sch xs map">

  <xsl:output method="xml" indent="yes"/>
  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>

  <xsl:variable name="tk:bindings" select="('', 'xslt', 'xslt2', 'xslt3', 'xpath', 'xpath2', 'xpath3', 'xpath31')"/>

  <xsl:template match="/">
    <xsl:if test="not(sch:schema or rng:grammar or tei:TEI[.//tei:schemaSpec])" xmlns:rng="http://relaxng.org/ns/structure/1.0" xmlns:tei="http://www.tei-c.org/ns/1.0">
      <xsl:sequence select="error(xs:QName('tk:not-schematron'), 'not a Schematron schema: the root element must be schema in namespace http://purl.oclc.org/dsdl/schematron, a RELAX NG grammar with embedded Schematron, or a TEI ODD')"/>
    </xsl:if>
    <xsl:apply-templates select="sch:schema"/>
    <xsl:apply-templates select="rng:grammar" xmlns:rng="http://relaxng.org/ns/structure/1.0"/>
    <xsl:apply-templates select="tei:TEI" xmlns:tei="http://www.tei-c.org/ns/1.0"/>
  </xsl:template>

  <!--
    A TEI ODD: the Schematron of its constraintSpecs (scheme schematron). A pattern is kept as it is, a rule becomes a
    pattern named after the constraintSpec, and asserts and reports written directly in the constraint of an
    elementSpec get that element as their context (tei:linkGrp), as TEI's own ODD processors do. Bare assertions in
    a classSpec or an attDef have no single context and are left out. Deleted constraints are left out.
  -->
  <xsl:template match="tei:TEI" xmlns:tei="http://www.tei-c.org/ns/1.0">
    <xsl:variable name="specs" select=".//tei:constraintSpec[@scheme = ('schematron', 'isoschematron')][not(@mode = 'delete')]"/>
    <xsl:variable name="schema" as="document-node()">
      <xsl:document>
        <sch:schema queryBinding="xslt2">
          <sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
          <xsl:for-each-group select=".//sch:ns[@prefix ne 'tei']" group-by="@prefix">
            <xsl:copy-of select="current-group()[1]"/>
          </xsl:for-each-group>
          <xsl:for-each select="$specs">
            <xsl:variable name="id" select="string(@ident)"/>
            <xsl:variable name="element" select="ancestor::tei:elementSpec[1][not(ancestor::tei:attDef)]/@ident"/>
            <xsl:copy-of select="tei:constraint/sch:pattern"/>
            <xsl:for-each select="tei:constraint/sch:rule">
              <sch:pattern id="{$id}">
                <xsl:copy-of select="."/>
              </sch:pattern>
            </xsl:for-each>
            <xsl:if test="$element and not(ancestor::tei:attDef) and tei:constraint/(sch:assert | sch:report)">
              <sch:pattern id="{$id}">
                <sch:rule context="tei:{$element}">
                  <xsl:copy-of select="tei:constraint/(sch:let | sch:assert | sch:report)"/>
                </sch:rule>
              </sch:pattern>
            </xsl:if>
          </xsl:for-each>
        </sch:schema>
      </xsl:document>
    </xsl:variable>
    <xsl:apply-templates select="$schema/sch:schema"/>
  </xsl:template>

  <!--
    A RELAX NG schema generated from an ODD (tei_all.rng, or a project's customisation) embeds its Schematron: every
    ns and pattern, wherever it stands, makes the schema.
  -->
  <xsl:template match="rng:grammar" xmlns:rng="http://relaxng.org/ns/structure/1.0">
    <xsl:variable name="schema" as="document-node()">
      <xsl:document>
        <sch:schema queryBinding="xslt2">
          <xsl:for-each-group select="//sch:ns" group-by="@prefix">
            <xsl:copy-of select="current-group()[1]"/>
          </xsl:for-each-group>
          <xsl:copy-of select="//sch:pattern"/>
        </sch:schema>
      </xsl:document>
    </xsl:variable>
    <xsl:apply-templates select="$schema/sch:schema"/>
  </xsl:template>

  <xsl:template match="sch:schema">
    <xsl:if test="not(lower-case(normalize-space(@queryBinding)) = $tk:bindings)">
      <xsl:sequence select="error(xs:QName('tk:unsupported'), 'unsupported queryBinding &quot;' || @queryBinding || '&quot;: teikit runs xslt, xslt2 and xslt3 schemas')"/>
    </xsl:if>
    <xsl:for-each select="(//sch:include, //sch:extends[@href], //sch:pattern[@abstract = 'true' or @is-a], //sch:param)[1]">
      <xsl:sequence select="error(xs:QName('tk:unsupported'), 'unsupported Schematron construct: ' || local-name() || (if (self::sch:extends) then ' with @href' else '') || ' (teikit supports patterns, rules, abstract rules, asserts, reports, lets, diagnostics and phases)')"/>
    </xsl:for-each>
    <xsl:variable name="patterns" select="tk:active-patterns(.)"/>
    <xsl:variable name="rules" select="$patterns/sch:rule[not(@abstract = 'true')]"/>
    <xsl:variable name="branches" select="$rules[not(tk:anchored(@context))]/@context ! tk:branches(.)"/>
    <xsl:variable name="attribute-branches" select="$branches[starts-with(., 'attribute:')]"/>
    <xsl:variable name="element-branches" select="$branches[starts-with(., 'element:') or . = ('all:element', 'all:node')]"/>

    <axsl:stylesheet version="3.0" exclude-result-prefixes="#all">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <xsl:namespace name="tk" select="'urn:teikit:schematron'"/>
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'"/>
      <xsl:namespace name="map" select="'http://www.w3.org/2005/xpath-functions/map'"/>
      <axsl:output method="json" indent="no"/>
      <axsl:mode name="tk:all" on-no-match="deep-skip"/>

      <xsl:apply-templates select="sch:let" mode="variable"/>
      <xsl:for-each select="$patterns">
        <xsl:variable name="p" select="position()"/>
        <xsl:for-each select="sch:rule[not(@abstract = 'true')][tk:anchored(@context)]">
          <axsl:variable name="{tk:anchor($p, .)}" select="{@context}"/>
        </xsl:for-each>
      </xsl:for-each>
      <axsl:variable name="tk:element-names" select="{tk:name-map($element-branches[starts-with(., 'element:name:')] ! substring-after(., 'element:name:'))}"/>
      <axsl:variable name="tk:element-attributes" select="{tk:name-map($element-branches[starts-with(., 'element:attribute:')] ! substring-after(., 'element:attribute:'))}"/>
      <axsl:variable name="tk:attribute-names" select="{tk:name-map($attribute-branches[. ne 'attribute:*'] ! substring-after(., 'attribute:'))}"/>

      <axsl:template match="/">
        <xsl:for-each select="$patterns">
          <xsl:variable name="p" select="position()"/>
          <xsl:for-each select="sch:let">
            <axsl:variable name="{tk:pattern-let($p, @name)}">
              <xsl:call-template name="let-value"/>
            </axsl:variable>
          </xsl:for-each>
        </xsl:for-each>
        <axsl:variable name="tk:results" as="map(*)*">
          <axsl:apply-templates mode="tk:all">
            <xsl:attribute name="select" select="tk:candidates($patterns, $element-branches, $attribute-branches, $branches)"/>
            <xsl:for-each select="$patterns">
              <xsl:variable name="p" select="position()"/>
              <xsl:for-each select="sch:let">
                <axsl:with-param name="{tk:pattern-let($p, @name)}" select="${tk:pattern-let($p, @name)}" tunnel="yes"/>
              </xsl:for-each>
            </xsl:for-each>
          </axsl:apply-templates>
        </axsl:variable>
        <axsl:sequence select="array {{ $tk:results }}"/>
      </axsl:template>

      <xsl:for-each select="$patterns">
        <xsl:apply-templates select="sch:rule[not(@abstract = 'true')]" mode="rule">
          <xsl:with-param name="p" select="position()"/>
          <xsl:with-param name="pattern" select="."/>
          <xsl:with-param name="count" select="count($patterns)"/>
        </xsl:apply-templates>
      </xsl:for-each>

      <axsl:function name="tk:node" as="xs:string">
        <axsl:param name="n" as="node()"/>
        <axsl:sequence select="if ($n instance of document-node()) then ''
          else if ($n instance of element()) then string-join($n/ancestor-or-self::* ! string(count(preceding-sibling::*) + 1), '/')
          else if ($n instance of attribute()) then tk:node($n/..) || '/@' || (if (namespace-uri($n)) then 'Q{{' || namespace-uri($n) || '}}' else '') || local-name($n)
          else tk:node($n/..) || '/text()'"/>
      </axsl:function>
      <axsl:function name="tk:result" as="map(*)">
        <axsl:param name="about" as="xs:string"/>
        <axsl:param name="node" as="node()"/>
        <axsl:param name="message" as="xs:string"/>
        <axsl:param name="diagnostics" as="xs:string"/>
        <axsl:sequence select="map {{ 'about': $about, 'node': tk:node($node), 'message': normalize-space($message), 'diagnostics': normalize-space($diagnostics) }}"/>
      </axsl:function>
      <axsl:function name="tk:failure" as="map(*)">
        <axsl:param name="about" as="xs:string"/>
        <axsl:param name="node" as="node()"/>
        <axsl:param name="code" as="xs:QName?"/>
        <axsl:param name="description" as="xs:string?"/>
        <axsl:sequence select="map {{ 'about': $about, 'failed': true(), 'node': tk:node($node), 'message': 'the test could not be evaluated: ' || string-join(($code ! local-name-from-QName(.), $description), ': '), 'diagnostics': '' }}"/>
      </axsl:function>
    </axsl:stylesheet>
  </xsl:template>

  <!-- Patterns that run: those of the default phase, or all when there is none (or it is #ALL). -->
  <xsl:function name="tk:active-patterns" as="element(sch:pattern)*">
    <xsl:param name="schema" as="element(sch:schema)"/>
    <xsl:variable name="phase" select="normalize-space($schema/@defaultPhase)"/>
    <xsl:if test="not($phase = ('', '#ALL') or $schema/sch:phase[@id = $phase])">
      <xsl:sequence select="error(xs:QName('tk:unsupported'), 'the defaultPhase &quot;' || $phase || '&quot; is not declared')"/>
    </xsl:if>
    <xsl:sequence select="if ($phase = ('', '#ALL')) then $schema/sch:pattern else $schema/sch:pattern[@id = $schema/sch:phase[@id = $phase]/sch:active/@pattern]"/>
  </xsl:function>

  <xsl:template match="sch:let" mode="variable">
    <axsl:variable name="{@name}">
      <xsl:call-template name="let-value"/>
    </axsl:variable>
  </xsl:template>

  <xsl:template name="let-value">
    <xsl:choose>
      <xsl:when test="@value">
        <xsl:attribute name="select" select="@value"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:copy-of select="node()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="tk:pattern-let" as="xs:string">
    <xsl:param name="p" as="xs:integer"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="'tk:p' || $p || '-' || replace($name, '^.*:', '')"/>
  </xsl:function>

  <xsl:function name="tk:anchor" as="xs:string">
    <xsl:param name="p" as="xs:integer"/>
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:sequence select="'tk:anchor-' || $p || '-' || count($rule/preceding-sibling::sch:rule) + 1"/>
  </xsl:function>

  <!-- `/x...` but not `//x...`, `/` or a union (whose other branches would not be anchored). -->
  <xsl:function name="tk:anchored" as="xs:boolean">
    <xsl:param name="context" as="xs:string"/>
    <xsl:variable name="c" select="normalize-space($context)"/>
    <xsl:sequence select="starts-with($c, '/') and not(starts-with($c, '//')) and $c ne '/' and count(tk:split($c, '|')) eq 1"/>
  </xsl:function>

  <!-- The lets, asserts and reports of a rule, those of the abstract rules it extends first. -->
  <xsl:function name="tk:parts" as="element()*">
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:for-each select="$rule/sch:extends">
      <xsl:variable name="base" select="root($rule)//sch:rule[@abstract = 'true'][@id = current()/@rule]"/>
      <xsl:if test="not($base)">
        <xsl:sequence select="error(xs:QName('tk:unsupported'), 'extends names no abstract rule &quot;' || @rule || '&quot;')"/>
      </xsl:if>
      <xsl:sequence select="tk:parts($base)"/>
    </xsl:for-each>
    <xsl:sequence select="$rule/(sch:let | sch:assert | sch:report)"/>
  </xsl:function>

  <xsl:function name="tk:assertions" as="element()*">
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:sequence select="tk:parts($rule)[self::sch:assert or self::sch:report]"/>
  </xsl:function>

  <!--
    What is known about an assertion when compiling, as an XPath string literal holding a JSON object: one literal
    is a single node of the compiled stylesheet, where a map constructor would be dozens, and SaxonJS walks the whole
    compiled stylesheet on every run.
  -->
  <xsl:function name="tk:about" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:param name="assertion" as="element()?"/>
    <xsl:variable name="pattern" select="$rule/parent::sch:pattern"/>
    <xsl:variable name="about" select="map {
      'key': $key,
      'pattern': string(($pattern/@id, 'pattern-' || count($pattern/preceding-sibling::sch:pattern) + 1)[1]),
      'rule': count($rule/preceding-sibling::sch:rule) + 1,
      'context': normalize-space($rule/@context),
      'id': string($assertion/@id),
      'role': if ($assertion) then string(($assertion/@role, $rule/@role)[1]) else 'error',
      'flag': string(($assertion/@flag, $rule/@flag)[1]),
      'kind': if ($assertion) then local-name($assertion) else 'rule',
      'test': normalize-space(if ($assertion) then $assertion/@test else $rule/@context) }"/>
    <xsl:sequence select="tk:literal(serialize($about, map { 'method': 'json' }))"/>
  </xsl:function>

  <!-- An XPath string literal. -->
  <xsl:function name="tk:literal" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="&quot;'&quot; || replace($value, &quot;'&quot;, &quot;''&quot;) || &quot;'&quot;"/>
  </xsl:function>

  <xsl:function name="tk:name-map" as="xs:string">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="'map { ' || string-join(distinct-values($names) ! (tk:literal(.) || ': true()'), ', ') || ' }'"/>
  </xsl:function>

  <!--
    One template per rule, all in mode tk:all (see the header). Lets and assertions are evaluated inside xsl:try:
    a dynamic error becomes a result of kind "error".
  -->
  <xsl:template match="sch:rule" mode="rule">
    <xsl:param name="p" as="xs:integer"/>
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:param name="count" as="xs:integer"/>
    <xsl:variable name="r" select="count(preceding-sibling::sch:rule) + 1"/>
    <xsl:variable name="several" select="count($pattern/sch:rule[not(@abstract = 'true')]) gt 1"/>
    <axsl:template mode="tk:all" priority="{($count - $p + 1) * 1000 - $r}">
      <xsl:attribute name="match" select="if (tk:anchored(@context)) then 'node()[some $a in $' || tk:anchor($p, .) || ' satisfies $a is .]' else @context"/>
      <axsl:param name="tk:done" as="xs:integer*" select="()"/>
      <xsl:for-each select="$pattern/sch:let">
        <axsl:param name="{tk:pattern-let($p, @name)}" tunnel="yes"/>
      </xsl:for-each>
      <xsl:variable name="checks" as="element()*">
        <xsl:for-each select="$pattern/sch:let">
          <axsl:variable name="{@name}" select="${tk:pattern-let($p, @name)}"/>
        </xsl:for-each>
        <xsl:variable name="rule" select="."/>
        <xsl:variable name="assertions" as="element()*">
          <xsl:for-each select="tk:assertions(.)">
            <xsl:call-template name="assertion">
              <xsl:with-param name="about" select="tk:about($p || '.' || $r || '.' || position(), $rule, .)"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="tk:parts(.)[self::sch:let]">
            <!-- A let that fails to evaluate fails the rule: one result for it. -->
            <axsl:try>
              <xsl:for-each select="tk:parts(.)[self::sch:let]">
                <axsl:variable name="{@name}">
                  <xsl:call-template name="let-value"/>
                </axsl:variable>
              </xsl:for-each>
              <xsl:sequence select="$assertions"/>
              <axsl:catch>
                <axsl:sequence xmlns:err="http://www.w3.org/2005/xqt-errors">
                  <xsl:attribute name="select" select="'tk:failure(' || tk:about($p || '.' || $r || '.0', ., ()) || ', ., $err:code, $err:description)'"/>
                </axsl:sequence>
              </axsl:catch>
            </axsl:try>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="$assertions"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$several">
          <axsl:if test="not($tk:done = {$p})">
            <xsl:sequence select="$checks"/>
          </axsl:if>
          <axsl:next-match>
            <axsl:with-param name="tk:done" select="($tk:done, {$p})"/>
          </axsl:next-match>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$checks"/>
          <axsl:next-match>
            <axsl:with-param name="tk:done" select="$tk:done"/>
          </axsl:next-match>
        </xsl:otherwise>
      </xsl:choose>
    </axsl:template>
  </xsl:template>

  <!--
    An assertion's check. Its message and diagnostics are built by one XPath expression each (string-join of
    literals and evaluated parts), not by temporary trees.
  -->
  <xsl:template name="assertion">
    <xsl:param name="about" as="xs:string"/>
    <xsl:variable name="schema" select="root(.)"/>
    <xsl:variable name="diagnostics" select="for $id in tokenize(normalize-space(@diagnostics), ' ') return $schema//sch:diagnostic[@id = $id]"/>
    <axsl:try>
      <axsl:if test="{if (self::sch:assert) then 'not(' || @test || ')' else @test}">
        <axsl:sequence>
          <xsl:attribute name="select" select="'tk:result(' || $about || ', ., ' || tk:text(node()) || ', ' || (if ($diagnostics) then 'string-join((' || string-join($diagnostics ! tk:text(node()), ', ') || '), '' '')' else &quot;''&quot;) || ')'"/>
        </axsl:sequence>
      </axsl:if>
      <axsl:catch>
        <axsl:sequence xmlns:err="http://www.w3.org/2005/xqt-errors">
          <xsl:attribute name="select" select="'tk:failure(' || $about || ', ., $err:code, $err:description)'"/>
        </axsl:sequence>
      </axsl:catch>
    </axsl:try>
  </xsl:template>

  <!--
    Assertion text as an XPath string expression: literal text, value-of (its items joined by spaces) and name;
    inline markup (emph, dir, span, foreign elements) reduced to its text.
  -->
  <xsl:function name="tk:text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="message"/>
    </xsl:variable>
    <xsl:sequence select="if (empty($parts)) then &quot;''&quot; else 'string-join((' || string-join($parts, ', ') || '))'"/>
  </xsl:function>
  <xsl:template match="text()" mode="message">
    <xsl:sequence select="tk:literal(.)"/>
  </xsl:template>
  <xsl:template match="sch:value-of" mode="message">
    <xsl:sequence select="'string-join((' || @select || ') ! string(), '' '')'"/>
  </xsl:template>
  <xsl:template match="sch:name" mode="message">
    <xsl:sequence select="'name(' || (@path, '.')[1] || ')'"/>
  </xsl:template>
  <xsl:template match="*" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>

  <!--
    The select of the one walk: candidate elements (with the anchored nodes: a union, as they may overlap), then
    candidate attributes, then other nodes; these are disjoint, so a comma joins them without sorting.
  -->
  <xsl:function name="tk:candidates" as="xs:string">
    <xsl:param name="patterns" as="element(sch:pattern)*"/>
    <xsl:param name="element-branches" as="xs:string*"/>
    <xsl:param name="attribute-branches" as="xs:string*"/>
    <xsl:param name="branches" as="xs:string*"/>
    <xsl:variable name="anchors" select="for $p in 1 to count($patterns) return $patterns[$p]/sch:rule[not(@abstract = 'true')][tk:anchored(@context)] ! ('$' || tk:anchor($p, .))"/>
    <xsl:variable name="elements" select="
      if (empty($element-branches)) then ()
      else if ($element-branches = ('all:element', 'all:node')) then 'descendant::element()'
      else 'descendant::element()[map:contains($tk:element-names, local-name()) or @*[map:contains($tk:element-attributes, local-name())]]'"/>
    <xsl:variable name="attributes" select="
      if (empty($attribute-branches) and not($branches = 'all:node')) then ()
      else if ($attribute-branches = 'attribute:*' or $branches = 'all:node') then 'descendant::element() ! @*'
      else 'descendant::element() ! @*[map:contains($tk:attribute-names, local-name())]'"/>
    <xsl:variable name="others" select="
      if ($branches = 'all:node') then ('.', 'descendant::node()[not(self::element())]')
      else (if ($branches = 'document') then '.' else (), $branches[starts-with(., 'other:')] ! ('descendant::' || substring-after(., 'other:') || '()'))"/>
    <xsl:variable name="first" select="string-join(($elements, $anchors), ' | ')"/>
    <xsl:variable name="all" select="(if ($first) then '(' || $first || ')' else (), $attributes ! ('(' || . || ')'), $others ! ('(' || . || ')'))"/>
    <xsl:sequence select="if (empty($all)) then '()' else string-join($all, ', ')"/>
  </xsl:function>

  <!--
    What each branch of a rule context's union can match, as a string:
      element:name:NAME       an element with that local name (the last step names it)
      element:attribute:NAME  an element that has that attribute (a generic last step whose predicate requires it)
      attribute:NAME | attribute:*
      other:text | other:comment | other:processing-instruction
      document | all:element | all:node
  -->
  <xsl:function name="tk:branches" as="xs:string*">
    <xsl:param name="context" as="xs:string"/>
    <xsl:for-each select="tk:split($context, '|')">
      <xsl:variable name="branch" select="normalize-space(.)"/>
      <xsl:variable name="bare" select="normalize-space(tk:strip-predicates($branch))"/>
      <xsl:choose>
        <xsl:when test="$bare = ('/', '')">document</xsl:when>
        <xsl:when test="matches($bare, '^\(.*\)$')">
          <xsl:sequence select="tk:branches(substring($bare, 2, string-length($bare) - 2))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="tk:last-step(tk:split($branch, '/')[last()])"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="tk:last-step" as="xs:string">
    <xsl:param name="step" as="xs:string"/>
    <xsl:variable name="bare" select="normalize-space(tk:strip-predicates($step))"/>
    <xsl:variable name="test" select="replace($bare, '^(child|descendant|descendant-or-self|self)::\s*', '')"/>
    <xsl:variable name="name" select="'(\i\c*:)?(\i[\c-[:]]*)'"/>
    <xsl:choose>
      <xsl:when test="matches($bare, '^\(.*\)$')">all:node</xsl:when>
      <xsl:when test="matches($test, '^(@|attribute::)\s*' || $name || '$')">
        <xsl:sequence select="'attribute:' || replace($test, '^(@|attribute::)\s*' || $name || '$', '$3')"/>
      </xsl:when>
      <xsl:when test="matches($test, '^(@|attribute::)') or starts-with($test, 'attribute(')">attribute:*</xsl:when>
      <xsl:when test="matches($test, '^(\i\c*:)?(\i[\c-[:]]*)$') or matches($test, '^\*:(\i[\c-[:]]*)$') or matches($test, '^Q\{[^}]*\}(\i[\c-[:]]*)$')">
        <xsl:sequence select="'element:name:' || replace($test, '^.*[:}]', '')"/>
      </xsl:when>
      <xsl:when test="matches($test, '^(\i[\c-[:]]*:)?\*$') or matches($test, '^Q\{[^}]*\}\*$') or $test = 'element()'">
        <xsl:variable name="required" select="tk:predicates($step) ! tk:required-attribute(.)"/>
        <xsl:sequence select="if (exists($required)) then 'element:attribute:' || $required[1] else 'all:element'"/>
      </xsl:when>
      <xsl:when test="matches($test, '^(text|comment|processing-instruction)\(')">
        <xsl:sequence select="'other:' || substring-before($test, '(')"/>
      </xsl:when>
      <xsl:when test="starts-with($test, 'document-node(')">document</xsl:when>
      <xsl:otherwise>all:node</xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    The attribute a predicate requires, when it plainly does: `@x`, `@x and ...` (with no `or`), `@x = ...`
    (no `or`), `starts-with(@x, 'non-empty')`. Anything else requires nothing the compiler can rely on.
  -->
  <xsl:function name="tk:required-attribute" as="xs:string?">
    <xsl:param name="predicate" as="xs:string"/>
    <xsl:variable name="p" select="normalize-space($predicate)"/>
    <xsl:variable name="at" select="'^@(\i\c*:)?(\i[\c-[:]]*)'"/>
    <xsl:choose>
      <xsl:when test="matches($p, $at || '$')">
        <xsl:sequence select="replace($p, $at || '$', '$2')"/>
      </xsl:when>
      <xsl:when test="matches($p, $at || '\s*(and\s|=|!=|eq\s|ne\s|lt\s|le\s|gt\s|ge\s)') and not(matches($p, '\sor\s'))">
        <xsl:sequence select="replace($p, $at || '.*$', '$2')"/>
      </xsl:when>
      <xsl:when test="matches($p, '^starts-with\(\s*@(\i\c*:)?(\i[\c-[:]]*)\s*,\s*(''[^'']+''|&quot;[^&quot;]+&quot;)\s*\)$')">
        <xsl:sequence select="replace($p, '^starts-with\(\s*@(\i\c*:)?(\i[\c-[:]]*).*$', '$2')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- The top-level [predicates] of a step, without their brackets. -->
  <xsl:function name="tk:predicates" as="xs:string*">
    <xsl:param name="step" as="xs:string"/>
    <xsl:variable name="marked" select="tk:scan($step, 'mark-predicates')"/>
    <xsl:sequence select="tokenize($marked, '&#xE000;')[position() gt 1][position() mod 2 eq 1]"/>
  </xsl:function>

  <xsl:function name="tk:split" as="xs:string*">
    <xsl:param name="expression" as="xs:string"/>
    <xsl:param name="separator" as="xs:string"/>
    <xsl:sequence select="tokenize(tk:scan($expression, 'split' || $separator), '&#xE001;')"/>
  </xsl:function>

  <xsl:function name="tk:strip-predicates" as="xs:string">
    <xsl:param name="expression" as="xs:string"/>
    <xsl:sequence select="tk:scan($expression, 'strip')"/>
  </xsl:function>

  <!--
    One scanner for the three readings of an expression that respect nesting and string literals:
    'strip' removes top-level [predicates]; 'mark-predicates' puts U+E000 around them; 'split|' and 'split/'
    replace the top-level separator (outside parentheses, brackets and literals) with U+E001.
  -->
  <xsl:function name="tk:scan" as="xs:string">
    <xsl:param name="expression" as="xs:string"/>
    <xsl:param name="how" as="xs:string"/>
    <xsl:variable name="separator" select="if (starts-with($how, 'split')) then string-to-codepoints(substring($how, 6)) else -1"/>
    <xsl:iterate select="string-to-codepoints($expression)">
      <xsl:param name="brackets" select="0"/>
      <xsl:param name="parens" select="0"/>
      <xsl:param name="quote" select="0"/>
      <xsl:param name="out" select="()" as="xs:integer*"/>
      <xsl:on-completion select="codepoints-to-string($out)"/>
      <xsl:variable name="c" select="."/>
      <xsl:variable name="top" select="$brackets eq 0 and $parens eq 0"/>
      <xsl:choose>
        <xsl:when test="$quote ne 0 or $c = (34, 39)">
          <xsl:next-iteration>
            <xsl:with-param name="quote" select="if ($quote eq 0) then $c else if ($c eq $quote) then 0 else $quote"/>
            <xsl:with-param name="out" select="if ($how eq 'strip' and $brackets gt 0) then $out else ($out, $c)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c eq 91">
          <xsl:next-iteration>
            <xsl:with-param name="brackets" select="$brackets + 1"/>
            <xsl:with-param name="out" select="if ($how eq 'strip') then $out else if ($how eq 'mark-predicates' and $top) then ($out, 57344) else ($out, $c)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c eq 93">
          <xsl:next-iteration>
            <xsl:with-param name="brackets" select="max(($brackets - 1, 0))"/>
            <xsl:with-param name="out" select="if ($how eq 'strip') then $out else if ($how eq 'mark-predicates' and $brackets eq 1 and $parens eq 0) then ($out, 57344) else ($out, $c)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c eq 40 or $c eq 41">
          <xsl:next-iteration>
            <xsl:with-param name="parens" select="if ($c eq 40) then $parens + 1 else max(($parens - 1, 0))"/>
            <xsl:with-param name="out" select="if ($how eq 'strip' and $brackets gt 0) then $out else ($out, $c)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c eq $separator and $top">
          <xsl:next-iteration>
            <xsl:with-param name="out" select="($out, 57345)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="out" select="if ($how eq 'strip' and $brackets gt 0) then $out else ($out, $c)"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>
</xsl:stylesheet>
