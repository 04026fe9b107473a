<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: core machinery and the core TEI module.

  Tunnel parameters used throughout the default mode:
    tk:phr    xs:boolean  true inside an HTML element that allows phrasing content only (p, span,
                          h1-h6, a, ...). Block-natured TEI elements then render as <span class="tk-b">
                          (display:block) so that the HTML stays well-formed and valid: no <div>, <ul>,
                          <table>, <aside> or <p> inside a <p> or <span>.
    tk:level  xs:integer  heading level of the current section; a div with a head renders its head
                          as h{level+1} and passes level+1 on. Levels above 6 become
                          <p role="heading" aria-level="n">.
    tk:link   xs:boolean  true inside <a>: names, refs and note references inside render without links
                          (no nested <a>).

  tk:element (named template) is the one place that chooses the HTML element for a TEI element.
  The generic fallback (match="*") keeps every text node: an unknown element becomes
  <span class="tei-{local-name}">, or <div> when it contains block content.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- TEI elements that are blocks (rendered as <div> unless given another HTML element). -->
  <xsl:variable name="tk:block-names" as="xs:string*" select="(
    'ab', 'lg', 'l', 'sp', 'spGrp', 'speaker', 'stage', 'closer', 'opener', 'salute', 'dateline',
    'signed', 'postscript', 'byline', 'docTitle', 'titlePart', 'docAuthor', 'docDate', 'docImprint',
    'docEdition', 'titlePage', 'epigraph', 'argument', 'trailer', 'castList', 'castGroup', 'castItem',
    'floatingText', 'address', 'addrLine', 'listBibl', 'listWit', 'listApp', 'listEvent', 'listNym',
    'u', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
    'group', 'text', 'p', 'list', 'table', 'figure', 'entry', 'entryFree', 'superEntry', 'sense',
    'biblStruct', 'msDesc', 'egXML', 'eg', 'lg', 'performance', 'set', 'prologue', 'epilogue',
    'sourceDoc', 'surfaceGrp', 'surface', 'zone', 'line', 'taxonomy', 'category')"/>

  <!-- HTML elements whose content model is phrasing only. -->
  <xsl:variable name="tk:phrasing-html" as="xs:string*" select="(
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'a', 'em', 'strong', 'i', 'b', 'u', 's', 'sup',
    'sub', 'small', 'q', 'cite', 'code', 'abbr', 'time', 'dfn', 'mark', 'del', 'ins', 'label', 'dt',
    'caption', 'pre', 'bdi', 'summary', 'figcaption', 'var', 'kbd', 'samp')"/>

  <xsl:variable name="tk:block-map" as="map(xs:string, xs:boolean)" select="map:merge($tk:block-names ! map { .: true() })"/>
  <xsl:variable name="tk:phrasing-map" as="map(xs:string, xs:boolean)" select="map:merge($tk:phrasing-html ! map { .: true() })"/>

  <!-- Elements that are blocks only in some circumstances (checked further in tk:is-block-name). -->
  <xsl:variable name="tk:cond-block-map" as="map(xs:string, xs:boolean)"
    select="map { 'quote': true(), 'cit': true(), 'bibl': true(), 'biblStruct': true(), 'witness': true(), 'person': true(), 'place': true() }"/>

  <!-- Map lookups, not general comparisons with literal sequences: this runs for every element. -->
  <xsl:function name="tk:is-block-name" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="local-name($e)"/>
    <xsl:sequence select="map:contains($tk:block-map, $n)
                          or (map:contains($tk:cond-block-map, $n) and (
                                if ($n eq 'quote') then exists($e/(p | lg | l | list | table | sp | ab | quote))
                                else if ($n eq 'cit') then exists($e/(quote/p | quote/lg | bibl/p))
                                else starts-with(local-name($e/..), 'list')))"/>
  </xsl:function>

  <!-- HTML block element for a TEI element, '' when it is inline. Unknown elements with block children are divs. -->
  <xsl:function name="tk:block-element" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/self::p) then 'p'
      else if (tk:is-block-name($e)) then 'div'
      else if (empty($e/*)) then ''
      else if (exists($e/*[map:contains($tk:block-map, local-name())])) then 'div'
      else if (exists($e/(quote | cit | bibl | biblStruct | witness | person | place | note)[tk:is-block-name(.) or tk:is-marginal(.)])) then 'div'
      else ''"/>
  </xsl:function>

  <!-- ===== attributes ===== -->

  <xsl:function name="tk:type-classes" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (empty($e/@type) and empty($e/@subtype)) then () else
                          (tokenize(normalize-space($e/@type), ' ')[. ne ''][position() le 2] ! ('t-' || tk:class-token(.)),
                           tokenize(normalize-space($e/@subtype), ' ')[. ne ''][position() le 1] ! ('st-' || tk:class-token(.)))"/>
  </xsl:function>

  <!-- lang (and dir) when the element's xml:lang differs from the language in force around it. -->
  <xsl:function name="tk:lang-attrs" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:if test="$e/@xml:lang">
      <xsl:sequence select="tk:lang-switch(tk:lang-tag($e/@xml:lang), tk:lang($e/..))"/>
    </xsl:if>
  </xsl:function>

  <!-- lang (and dir) set explicitly on a container whose source language is $l, inside output whose language is $outer. -->
  <xsl:function name="tk:lang-switch" as="attribute()*">
    <xsl:param name="l" as="xs:string"/>
    <xsl:param name="outer" as="xs:string"/>
    <xsl:if test="$l ne '' and $l ne $outer">
      <xsl:attribute name="lang" select="$l"/>
      <xsl:if test="tk:is-rtl($l) ne tk:is-rtl($outer)">
        <xsl:attribute name="dir" select="if (tk:is-rtl($l)) then 'rtl' else 'ltr'"/>
      </xsl:if>
    </xsl:if>
  </xsl:function>

  <!-- id (from xml:id), class (tei-{name}, t-{type}, rend classes, extra), lang/dir. -->
  <xsl:function name="tk:attrs" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="classes" as="xs:string*"/>
    <xsl:choose>
      <!-- most elements have no attributes at all: one class, nothing else to look at -->
      <xsl:when test="empty($e/@*)">
        <xsl:attribute name="class" select="if (empty($classes)) then 'tei-' || local-name($e)
            else string-join(distinct-values(('tei-' || local-name($e), $classes[. ne ''])), ' ')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$e/@xml:id">
          <xsl:attribute name="id" select="tk:html-id($e)"/>
        </xsl:if>
        <xsl:attribute name="class" select="if (empty($e/(@type | @subtype | @rend | @rendition | @style)) and empty($classes))
            then 'tei-' || local-name($e)
            else string-join(distinct-values((
            'tei-' || tk:class-token(local-name($e)), tk:type-classes($e), tk:rend-classes($e), $classes)[. ne '']), ' ')"/>
        <xsl:if test="$e/@xml:lang">
          <xsl:sequence select="tk:lang-switch(tk:lang-tag($e/@xml:lang), tk:lang($e/..))"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- An empty anchor carrying the element's id, for elements that render no element of their own. -->
  <xsl:template name="tk:anchor">
    <xsl:if test="@xml:id">
      <span id="{tk:html-id(.)}" class="tk-anchor"></span>
    </xsl:if>
  </xsl:template>

  <!-- ===== the element chooser ===== -->

  <xsl:template name="tk:element">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:param name="block" as="xs:string" select="''"/>
    <xsl:param name="inline" as="xs:string" select="'span'"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:param name="attrs" as="attribute()*" select="()"/>
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="level" as="xs:integer?" select="()"/>
    <xsl:param name="before" as="node()*" select="()"/>
    <xsl:param name="after" as="node()*" select="()"/>
    <xsl:variable name="name" select="if ($block ne '' and not($tk:phr)) then $block else $inline"/>
    <xsl:variable name="child-phr" select="$tk:phr or map:contains($tk:phrasing-map, $name)"/>
    <xsl:variable name="child-level" select="if (exists($level)) then $level else $tk:level"/>
    <xsl:variable name="cls" select="($class, if ($block ne '' and $name eq $inline and $block ne $inline) then 'tk-b' else ())"/>
    <!-- literal constructors for the usual names (cheaper than a computed name in SaxonJS) -->
    <xsl:choose>
      <xsl:when test="$name eq 'span'">
        <span>
          <xsl:sequence select="tk:attrs(., $cls)"/>
          <xsl:if test="normalize-space($title)"><xsl:attribute name="title" select="normalize-space($title)"/></xsl:if>
          <xsl:sequence select="$attrs, $before"/>
          <xsl:apply-templates select="$nodes">
            <xsl:with-param name="tk:phr" tunnel="yes" select="$child-phr"/>
            <xsl:with-param name="tk:level" tunnel="yes" select="$child-level"/>
          </xsl:apply-templates>
          <xsl:sequence select="$after"/>
        </span>
      </xsl:when>
      <xsl:when test="$name eq 'div'">
        <div>
          <xsl:sequence select="tk:attrs(., $cls)"/>
          <xsl:if test="normalize-space($title)"><xsl:attribute name="title" select="normalize-space($title)"/></xsl:if>
          <xsl:sequence select="$attrs, $before"/>
          <xsl:apply-templates select="$nodes">
            <xsl:with-param name="tk:phr" tunnel="yes" select="$child-phr"/>
            <xsl:with-param name="tk:level" tunnel="yes" select="$child-level"/>
          </xsl:apply-templates>
          <xsl:sequence select="$after"/>
        </div>
      </xsl:when>
      <xsl:when test="$name eq 'p'">
        <p>
          <xsl:sequence select="tk:attrs(., $cls)"/>
          <xsl:if test="normalize-space($title)"><xsl:attribute name="title" select="normalize-space($title)"/></xsl:if>
          <xsl:sequence select="$attrs, $before"/>
          <xsl:apply-templates select="$nodes">
            <xsl:with-param name="tk:phr" tunnel="yes" select="$child-phr"/>
            <xsl:with-param name="tk:level" tunnel="yes" select="$child-level"/>
          </xsl:apply-templates>
          <xsl:sequence select="$after"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{$name}">
          <xsl:sequence select="tk:attrs(., $cls)"/>
          <xsl:if test="normalize-space($title)"><xsl:attribute name="title" select="normalize-space($title)"/></xsl:if>
          <xsl:sequence select="$attrs, $before"/>
          <xsl:apply-templates select="$nodes">
            <xsl:with-param name="tk:phr" tunnel="yes" select="$child-phr"/>
            <xsl:with-param name="tk:level" tunnel="yes" select="$child-level"/>
          </xsl:apply-templates>
          <xsl:sequence select="$after"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== generic fallback: nothing is lost ===== -->

  <!-- Written out without tk:element: this is the path most elements take. -->
  <xsl:template match="*" priority="-10">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="block" select="tk:block-element(.)"/>
    <xsl:choose>
      <xsl:when test="$block eq '' or $tk:phr">
        <span>
          <xsl:sequence select="tk:attrs(., if ($block ne '') then 'tk-b' else ())"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </span>
      </xsl:when>
      <xsl:when test="$block eq 'p'">
        <p>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <div>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:apply-templates/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Text is copied; next to a break that joins words (lb/pb/cb/gb break="no") its whitespace on
    that side is dropped (tk:ws-text). The pattern keeps the function call off the common path.
  -->
  <xsl:template match="text()">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="text()[preceding-sibling::node()[1][self::lb or self::pb or self::cb or self::gb]
                              or following-sibling::node()[1][self::lb or self::pb or self::cb or self::gb]]" priority="1">
    <xsl:value-of select="tk:ws-text(.)"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()"/>

  <!--
    Metadata and alternative-representation containers are not part of the reading text (a sourceDoc is
    rendered after the texts: html/transcription.xsl).
  -->
  <xsl:template match="teiHeader | standOff | facsimile | fsdDecl"/>

  <!--
    Index lists inside a text: their entries are rendered in the index (with all their content), not
    in the flow. Anything else in the list (a head, a note, relations, nested lists) stays here.
  -->
  <xsl:template match="listPerson | listPlace | listOrg | listEvent | listPersonGrp">
    <xsl:variable name="rest" select="(* | text()[normalize-space()])[not(tk:is-entry(.))]"/>
    <xsl:choose>
      <xsl:when test="exists($rest)">
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'div'"/>
          <xsl:with-param name="nodes" select="$rest"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:anchor"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== structure ===== -->

  <xsl:template match="p">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$tk:phr">
        <span>
          <xsl:sequence select="tk:attrs(., 'tk-b')"/>
          <xsl:apply-templates/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7">
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="if (head) then 'section' else 'div'"/>
      <xsl:with-param name="level" select="if (head) then $tk:level + 1 else $tk:level"/>
      <xsl:with-param name="attrs" as="attribute()*">
        <xsl:if test="head and not(@xml:id)"><xsl:attribute name="id" select="tk:html-id(.)"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="body | front | back">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="'div'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Heading element for a level: h2..h6, beyond that a paragraph with role="heading". -->
  <xsl:template name="tk:heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="content" as="item()*"/>
    <xsl:variable name="l" select="max((1, $level))"/>
    <xsl:element name="{if ($l le 6) then 'h' || $l else 'p'}">
      <xsl:if test="$id"><xsl:attribute name="id" select="$id"/></xsl:if>
      <xsl:if test="exists($class)"><xsl:attribute name="class" select="string-join($class, ' ')"/></xsl:if>
      <xsl:if test="$l gt 6">
        <xsl:attribute name="role" select="'heading'"/>
        <xsl:attribute name="aria-level" select="$l"/>
      </xsl:if>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="head">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:variable name="sectional" select="exists(parent::*[self::div or self::div1 or self::div2 or self::div3
        or self::div4 or self::div5 or self::div6 or self::div7 or self::body or self::front or self::back
        or self::group or self::text])"/>
    <xsl:choose>
      <xsl:when test="$sectional and not($tk:phr) and empty(preceding-sibling::head) and empty(ancestor::teiHeader)">
        <xsl:variable name="in-div" select="exists(parent::*[self::div or starts-with(local-name(), 'div') or self::group])"/>
        <xsl:variable name="l" select="max((2, if ($in-div) then $tk:level else $tk:level + 1))"/>
        <xsl:element name="{if ($l le 6) then 'h' || $l else 'p'}">
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:if test="$l gt 6">
            <xsl:attribute name="role" select="'heading'"/>
            <xsl:attribute name="aria-level" select="$l"/>
          </xsl:if>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'p'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== phrase level ===== -->

  <xsl:template match="hi">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="block" select="tk:block-element(.)"/>
    <xsl:variable name="default" select="if (@rend or @rendition or @style) then () else 'r-default'"/>
    <xsl:choose>
      <xsl:when test="$block eq '' or $tk:phr">
        <span>
          <xsl:sequence select="tk:attrs(., ($default, if ($block ne '') then 'tk-b' else ()))"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <div>
          <xsl:sequence select="tk:attrs(., $default)"/>
          <xsl:apply-templates/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="emph">
    <xsl:call-template name="tk:element"><xsl:with-param name="inline" select="'em'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="title">
    <xsl:call-template name="tk:element"><xsl:with-param name="inline" select="'cite'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="q">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="tk:block-element(.)"/>
      <xsl:with-param name="inline" select="'q'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="quote">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="if (tk:is-block-name(.) or (not($tk:phr) and (@rend = ('block', 'blockquote', 'display') or parent::*[self::div or self::body or self::sp or self::cit or self::note or self::back or self::front]))) then 'blockquote' else ''"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="code | eg">
    <xsl:call-template name="tk:element"><xsl:with-param name="inline" select="'code'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="date | time | origDate">
    <xsl:variable name="w" select="normalize-space((@when, @when-iso)[1])"/>
    <xsl:variable name="iso" select="$w ne '' and matches($w, '^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:\d{2})?)?)?)?$')"/>
    <xsl:choose>
      <xsl:when test="$iso">
        <time>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:attribute name="datetime" select="$w"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- idno that is a web address: a link (sanitised). -->
  <xsl:template match="idno">
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="u" select="if (matches(normalize-space(.), '^https?://\S+$', 'i')) then tk:safe-url(normalize-space(.)) else ''"/>
    <xsl:choose>
      <xsl:when test="$u ne '' and not($tk:link)">
        <a href="{$u}" rel="noopener noreferrer">
          <xsl:sequence select="tk:attrs(., 'tk-ext')"/>
          <xsl:value-of select="normalize-space(.)"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== links ===== -->

  <!--
    href for an element the document points to, or '' when it is not rendered with an id:
    index entries, hands (About panel), footnotes (per the notes parameter), texts, and any other
    element rendered in the text flow of the current view.
  -->
  <xsl:function name="tk:internal-href" as="xs:string">
    <xsl:param name="t" as="element()?"/>
    <xsl:sequence select="
      if (empty($t)) then ''
      else if (tk:is-entry($t)) then '#' || tk:html-id($t)
      else if ($t/self::handNote) then '#' || tk:html-id($t)
      else if ($t/self::TEI) then '#' || tk:html-id($t)
      else if (tk:is-footnote($t)) then
        (if (not(tk:visible($t/..))) then ''
         else if ($notes = ('foot', 'end')) then '#' || tk:fn-id($t)
         else if ($notes eq 'inline' and $t/@xml:id) then '#' || tk:html-id($t)
         else '')
      else if ($t/self::text and tk:visible($t)) then '#' || tk:html-id($t)
      else if ($t[self::div or starts-with(local-name(), 'div')][head] and tk:visible($t)) then '#' || tk:html-id($t)
      else if ($t/@xml:id and tk:visible($t)) then '#' || tk:html-id($t)
      else ''"/>
  </xsl:function>

  <!-- href for a pointer: local (#id) through tk:internal-href, else sanitised. -->
  <xsl:function name="tk:pointer-href" as="xs:string">
    <xsl:param name="ctx" as="node()"/>
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:sequence select="
      if (starts-with($pointer, '#')) then tk:internal-href(tk:resolve($ctx, $pointer))
      else tk:safe-url($pointer)"/>
  </xsl:function>

  <xsl:template match="ref | ptr">
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="tok" select="tk:first-token((@target, @url)[1])"/>
    <xsl:variable name="href" select="if (starts-with($tok, '#')) then tk:pointer-href(., $tok) else tk:url-at((@target, @url)[1])"/>
    <xsl:variable name="target" select="if (starts-with($tok, '#')) then tk:resolve(., $tok) else ()"/>
    <xsl:variable name="shown" as="item()*">
      <xsl:choose>
        <xsl:when test="normalize-space() or *">
          <xsl:apply-templates>
            <xsl:with-param name="tk:link" tunnel="yes" select="true()"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:when test="exists($target) and tk:is-footnote($target)"><xsl:value-of select="tk:label('note-ref') || ' ' || tk:fn-label($target)"/></xsl:when>
        <xsl:when test="exists($target) and tk:is-entry($target)"><xsl:value-of select="tk:entity-label($target)"/></xsl:when>
        <xsl:when test="exists($target) and $target/head"><xsl:value-of select="tk:plain($target/head[1])"/></xsl:when>
        <xsl:when test="$href ne ''"><xsl:value-of select="normalize-space((@target, @url)[1])"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space(@cRef)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$href ne '' and not($tk:link)">
        <a href="{$href}">
          <xsl:sequence select="tk:attrs(., if (tk:is-external($href)) then 'tk-ext' else ())"/>
          <xsl:if test="tk:is-external($href)"><xsl:attribute name="rel" select="'noopener noreferrer'"/></xsl:if>
          <xsl:sequence select="$shown"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:sequence select="tk:attrs(., 'tk-nolink')"/>
          <xsl:sequence select="$shown"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== lists ===== -->

  <xsl:template match="list">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="gloss" select="exists(label)"/>
    <xsl:variable name="clean" select="empty(*[not(self::item or self::head or (self::label and $gloss))])
                                       and empty(text()[normalize-space()])
                                       and (not($gloss) or count(label) eq count(item))"/>
    <xsl:variable name="ordered" select="tokenize(lower-case(string-join((@type, @rend), ' ')), '\s+') = ('ordered', 'numbered', 'decimal', 'enumerated', 'ol')"/>
    <xsl:choose>
      <xsl:when test="$tk:phr or not($clean)">
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'div'"/>
          <xsl:with-param name="attrs" as="attribute()*"><xsl:attribute name="role" select="'list'"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="listname" select="if ($gloss) then 'dl' else if ($ordered) then 'ol' else 'ul'"/>
        <xsl:choose>
          <xsl:when test="head">
            <div class="tk-list-wrap">
              <xsl:apply-templates select="head"/>
              <xsl:element name="{$listname}">
                <xsl:sequence select="tk:attrs(., ())"/>
                <xsl:apply-templates select="node() except head">
                  <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
                  <xsl:with-param name="tk:list" tunnel="yes" select="$listname"/>
                </xsl:apply-templates>
              </xsl:element>
            </div>
          </xsl:when>
          <xsl:otherwise>
            <xsl:element name="{$listname}">
              <xsl:sequence select="tk:attrs(., ())"/>
              <xsl:apply-templates>
                <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
                <xsl:with-param name="tk:list" tunnel="yes" select="$listname"/>
              </xsl:apply-templates>
            </xsl:element>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="list/item | list/label">
    <xsl:param name="tk:list" tunnel="yes" as="xs:string" select="''"/>
    <xsl:variable name="html" select="
      if ($tk:list = ('ul', 'ol') and self::item) then 'li'
      else if ($tk:list eq 'dl') then (if (self::label) then 'dt' else 'dd')
      else ''"/>
    <xsl:choose>
      <xsl:when test="$html ne ''">
        <xsl:element name="{$html}">
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:list" tunnel="yes" select="''"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="$html eq 'dt'"/>
          </xsl:apply-templates>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'div'"/>
          <xsl:with-param name="attrs" as="attribute()*">
            <xsl:if test="self::item"><xsl:attribute name="role" select="'listitem'"/></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== tables ===== -->

  <xsl:template match="table">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="clean" select="empty(*[not(self::row or self::head)]) and empty(text()[normalize-space()])
                                       and empty(row/*[not(self::cell)]) and empty(row/text()[normalize-space()])
                                       and empty(head[preceding-sibling::row])"/>
    <xsl:choose>
      <xsl:when test="$clean and not($tk:phr)">
        <table>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:if test="head">
            <caption>
              <xsl:apply-templates select="head/node()">
                <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
              </xsl:apply-templates>
            </caption>
          </xsl:if>
          <tbody>
            <xsl:apply-templates select="row">
              <xsl:with-param name="tk:table" tunnel="yes" select="true()"/>
            </xsl:apply-templates>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'div'"/>
          <xsl:with-param name="class" select="'tk-table-grid'"/>
          <xsl:with-param name="attrs" as="attribute()*"><xsl:attribute name="role" select="'table'"/></xsl:with-param>
          <xsl:with-param name="nodes" select="node()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="row">
    <xsl:param name="tk:table" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$tk:table">
        <tr>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:apply-templates select="cell"/>
        </tr>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'div'"/>
          <xsl:with-param name="class" select="'tk-row'"/>
          <xsl:with-param name="attrs" as="attribute()*"><xsl:attribute name="role" select="'row'"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="cell">
    <xsl:param name="tk:table" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$tk:table">
        <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:if test="normalize-space(@cols) castable as xs:integer and xs:integer(normalize-space(@cols)) gt 1">
            <xsl:attribute name="colspan" select="min((xs:integer(normalize-space(@cols)), 1000))"/>
          </xsl:if>
          <xsl:if test="normalize-space(@rows) castable as xs:integer and xs:integer(normalize-space(@rows)) gt 1">
            <xsl:attribute name="rowspan" select="min((xs:integer(normalize-space(@rows)), 65534))"/>
          </xsl:if>
          <xsl:apply-templates>
            <xsl:with-param name="tk:table" tunnel="yes" select="false()"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
          </xsl:apply-templates>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'div'"/>
          <xsl:with-param name="class" select="'tk-cell'"/>
          <xsl:with-param name="attrs" as="attribute()*"><xsl:attribute name="role" select="'cell'"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== figures ===== -->

  <!--
    A figure with an image or other content: figure > (figcaption?, content, figcaption?). The caption
    (head and figDesc) comes first when the head comes before the content in the source, else last.
  -->
  <xsl:template match="figure">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="exists(graphic | media | binaryObject) or exists(* except (figDesc | desc | head | graphic))">
        <xsl:variable name="content" select="node() except (figDesc | desc | head)"/>
        <xsl:variable name="caption-first" select="exists(head) and head[1] &lt;&lt; ($content[self::* or self::text()[normalize-space()]])[1]"/>
        <xsl:variable name="caption" as="element()?">
            <xsl:if test="head or figDesc">
              <xsl:element name="{if ($tk:phr) then 'span' else 'figcaption'}">
                <xsl:attribute name="class" select="if ($tk:phr) then 'tk-figcaption tk-b' else 'tk-figcaption'"/>
                <xsl:apply-templates select="head/node()">
                  <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
                </xsl:apply-templates>
                <xsl:if test="head and figDesc"><xsl:text> </xsl:text></xsl:if>
                <xsl:if test="figDesc"><span class="tei-figDesc"><xsl:value-of select="tk:plain(figDesc)"/></span></xsl:if>
              </xsl:element>
            </xsl:if>
        </xsl:variable>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'figure'"/>
          <xsl:with-param name="nodes" select="$content"/>
          <xsl:with-param name="before" select="if ($caption-first) then $caption else ()"/>
          <xsl:with-param name="after" select="if ($caption-first) then () else $caption"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <!-- A described figure without an image (e.g. a signature): "[signature]". -->
        <span role="img" aria-label="{tk:figure-label(.)}">
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:value-of select="'[' || tk:figure-label(.) || ']'"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="graphic | media">
    <xsl:variable name="u" select="tk:url-at(@url)"/>
    <xsl:variable name="alt" select="tk:plain((../figDesc, desc, ../head)[1])"/>
    <xsl:choose>
      <xsl:when test="$u ne ''">
        <img src="{$u}" alt="{$alt}" loading="lazy">
          <xsl:sequence select="tk:attrs(., ())"/>
        </img>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:value-of select="'[' || tk:label('image') || (if ($alt) then ': ' || $alt else '') || ']'"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== milestones ===== -->

  <!-- An anchor is empty by definition; one that wraps text (it happens) keeps it. -->
  <xsl:template match="anchor">
    <span>
      <xsl:sequence select="tk:attrs(., ())"/>
      <xsl:apply-templates>
        <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <xsl:template match="milestone">
    <span>
      <xsl:sequence select="tk:attrs(., 'tk-marker')"/>
      <xsl:if test="normalize-space(@n) or normalize-space(@unit)">
        <xsl:attribute name="title" select="normalize-space(string-join((@unit, @n), ' '))"/>
      </xsl:if>
      <xsl:if test="normalize-space(@n)">
        <span class="tk-milestone-label"><xsl:value-of select="'[' || normalize-space(string-join((@unit[. ne 'unspecified'], @n), ' ')) || ']'"/></span>
      </xsl:if>
      <xsl:apply-templates>
        <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

</xsl:stylesheet>
