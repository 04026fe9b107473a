<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: texts and groups; parallel and sequential layout.

  layout='sequential' (or a group with fewer than two texts): each text of a group is a <section>
  with a generated heading ("Original (Russian)") and its own notes list.

  layout='parallel' and a group with 2+ texts: one grid row (<div class="tk-prow">) per aligned
  unit, one cell per text. Each text is flattened into units: the children of text, front, body,
  back and div (divs are opened, their heads become units). Units are paired with the first
  text's units through @corresp in either direction: a unit's own @corresp, or, when it has none,
  the first @corresp inside it; a pointer aims at the unit that contains its target. Units without
  a partner get a row of their own in their column; the order of every column is kept (greedy
  merge). All of this goes through maps keyed by generate-id(): linear in the size of the group.
  Ids of opened divs are kept on empty anchors before their first unit. After the grid, one notes
  section holds each text's notes list.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- ===== text ===== -->

  <xsl:template match="text">
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:variable name="id" select="tk:html-id(.)"/>
    <xsl:variable name="outer" select="if (parent::group and tk:lang(..) ne '') then tk:lang(..) else $lang"/>
    <xsl:choose>
      <xsl:when test="parent::group">
        <section id="{$id}" aria-labelledby="tk-th-{$id}">
          <xsl:sequence select="tk:attrs(., ())[not(local-name() = ('id', 'lang', 'dir'))]"/>
          <xsl:sequence select="tk:lang-switch(tk:lang(.), $outer)"/>
          <xsl:call-template name="tk:heading">
            <xsl:with-param name="level" select="$tk:level + 1"/>
            <xsl:with-param name="id" select="'tk-th-' || $id"/>
            <xsl:with-param name="class" select="'tk-text-label'"/>
            <xsl:with-param name="content" select="tk:text-label(.)"/>
          </xsl:call-template>
          <xsl:apply-templates>
            <xsl:with-param name="tk:level" tunnel="yes" select="$tk:level + 1"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
          </xsl:apply-templates>
          <xsl:call-template name="tk:notes-list">
            <xsl:with-param name="scope" select="."/>
            <xsl:with-param name="level" select="$tk:level + 2"/>
          </xsl:call-template>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <div id="{$id}">
          <xsl:sequence select="tk:attrs(., if ($layout eq 'parallel' and exists(group[count(text) ge 2])) then 'tk-has-parallel' else ())[not(local-name() = ('id', 'lang', 'dir'))]"/>
          <xsl:sequence select="tk:lang-switch(tk:lang(.), $outer)"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
          </xsl:apply-templates>
          <xsl:call-template name="tk:notes-list">
            <xsl:with-param name="scope" select="."/>
            <xsl:with-param name="level" select="$tk:level + 1"/>
          </xsl:call-template>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== group ===== -->

  <xsl:template match="group">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:choose>
      <xsl:when test="$layout eq 'parallel' and count(text) ge 2 and not($tk:phr)">
        <xsl:call-template name="tk:parallel"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'div'"/>
          <xsl:with-param name="class" select="'tk-sequential'"/>
          <xsl:with-param name="level" select="if (head) then $tk:level + 1 else $tk:level"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== corresp-linked divs ===== -->

  <!--
    Child divs of a container that are linked to a sibling div through @corresp (either
    direction): they become the columns of a parallel grid (layout='parallel').
  -->
  <xsl:function name="tk:linked-divs" as="element()*">
    <xsl:param name="container" as="element()"/>
    <xsl:variable name="divs" select="$container/*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::div5 or self::div6 or self::div7]"/>
    <xsl:sequence select="if (count($divs) lt 2) then () else
      let $linked := (for $d in $divs, $t in tokenize(normalize-space($d/@corresp), ' ')[starts-with(., '#')]
                      return (tk:resolve($d, $t)[some $x in $divs satisfies $x is .] ! ($d, .)))
      return $divs[some $l in $linked satisfies $l is .]"/>
  </xsl:function>

  <xsl:template match="body | div | div1 | div2 | div3 | div4 | div5 | div6 | div7" priority="2">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:variable name="cols" select="if ($layout eq 'parallel' and not($tk:phr) and *[@corresp]) then tk:linked-divs(.) else ()"/>
    <xsl:choose>
      <xsl:when test="count($cols) ge 2">
        <xsl:variable name="lvl" select="if (self::body or not(head)) then $tk:level else $tk:level + 1"/>
        <!-- the children before and after the first column: sibling axes, not node()[. << $first], which
             compares document order (a walk along the sibling chain in SaxonJS) for every child -->
        <xsl:variable name="first" select="$cols[1]"/>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="if (self::body) then 'div' else if (head) then 'section' else 'div'"/>
          <xsl:with-param name="level" select="$lvl"/>
          <xsl:with-param name="attrs" as="attribute()*">
            <xsl:if test="not(self::body) and head and not(@xml:id)"><xsl:attribute name="id" select="tk:html-id(.)"/></xsl:if>
          </xsl:with-param>
          <xsl:with-param name="nodes" select="$first/preceding-sibling::node() except $cols"/>
          <xsl:with-param name="after" as="node()*">
            <xsl:call-template name="tk:parallel">
              <xsl:with-param name="texts" select="$cols"/>
              <xsl:with-param name="base" select="$lvl - count($cols[1]/ancestor::*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::div5 or self::div6 or self::div7][head])"/>
              <xsl:with-param name="others" select="()"/>
              <xsl:with-param name="tk:level" tunnel="yes" select="$lvl"/>
            </xsl:call-template>
            <xsl:apply-templates select="$first/following-sibling::node() except $cols">
              <xsl:with-param name="tk:level" tunnel="yes" select="$lvl"/>
            </xsl:apply-templates>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:next-match/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== flattening ===== -->

  <xsl:function name="tk:is-flat-container" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/(self::front | self::body | self::back | self::div | self::div1 | self::div2
                          | self::div3 | self::div4 | self::div5 | self::div6 | self::div7))"/>
  </xsl:function>

  <!-- Opened containers that need an id anchor: those with an xml:id, and divs with a head (table of contents). -->
  <xsl:function name="tk:needs-anchor" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/@xml:id) or ($e[self::div or starts-with(local-name(), 'div')] and exists($e/head))"/>
  </xsl:function>

  <!-- Units of a container: maps {'u': unit node or (), 'a': elements whose anchors precede it}. -->
  <xsl:function name="tk:flatten" as="map(*)*">
    <xsl:param name="container" as="element()"/>
    <xsl:param name="pending" as="element()*"/>
    <xsl:iterate select="$container/node()">
      <xsl:param name="pend" as="element()*" select="$pending"/>
      <xsl:on-completion>
        <xsl:if test="exists($pend)">
          <xsl:sequence select="map { 'u': (), 'a': $pend }"/>
        </xsl:if>
      </xsl:on-completion>
      <xsl:choose>
        <xsl:when test="self::comment() or self::processing-instruction() or self::text()[not(normalize-space())]">
          <xsl:next-iteration><xsl:with-param name="pend" select="$pend"/></xsl:next-iteration>
        </xsl:when>
        <xsl:when test="self::listPerson or self::listPlace or self::listOrg or self::listEvent or self::listPersonGrp">
          <xsl:next-iteration><xsl:with-param name="pend" select="($pend, .[@xml:id])"/></xsl:next-iteration>
        </xsl:when>
        <xsl:when test="tk:is-flat-container(.)">
          <xsl:sequence select="tk:flatten(., ($pend, .[tk:needs-anchor(.)]))"/>
          <xsl:next-iteration><xsl:with-param name="pend" select="()"/></xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="map { 'u': ., 'a': $pend }"/>
          <xsl:next-iteration><xsl:with-param name="pend" select="()"/></xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- Alignment pointers of a unit: its own @corresp, else the first @corresp inside it. -->
  <xsl:function name="tk:unit-links" as="xs:string*">
    <xsl:param name="u" as="node()?"/>
    <xsl:variable name="own" select="tokenize(normalize-space($u/@corresp), ' ')[starts-with(., '#')]"/>
    <xsl:sequence select="if (exists($own) or not($u instance of element())) then $own
                          else tokenize(normalize-space(($u//*[@corresp])[1]/@corresp), ' ')[starts-with(., '#')]"/>
  </xsl:function>

  <!-- Index (in a column) of the unit containing $target, by the column's generate-id index. -->
  <xsl:function name="tk:unit-index" as="xs:integer?">
    <xsl:param name="target" as="element()?"/>
    <xsl:param name="idx" as="map(*)"/>
    <xsl:sequence select="(for $a in reverse($target/ancestor-or-self::node()) return map:get($idx, generate-id($a)))[1]"/>
  </xsl:function>

  <!-- Pairs (pivot index → index in column) for one column, forward links first, then backward. -->
  <xsl:function name="tk:pairs" as="map(*)">
    <xsl:param name="pivot" as="map(*)*"/>
    <xsl:param name="pidx" as="map(*)"/>
    <xsl:param name="col" as="map(*)*"/>
    <xsl:param name="cidx" as="map(*)"/>
    <xsl:variable name="candidates" as="array(xs:integer)*" select="(
        for $i in 1 to count($pivot)
        return (for $u in $pivot[$i]?u, $t in tk:unit-links($u)
                return tk:unit-index(tk:resolve($u, $t), $cidx))[1] ! [$i, .],
        for $j in 1 to count($col)
        return (for $u in $col[$j]?u, $t in tk:unit-links($u)
                return tk:unit-index(tk:resolve($u, $t), $pidx))[1] ! [., $j])"/>
    <xsl:iterate select="$candidates">
      <xsl:param name="fwd" as="map(*)" select="map {}"/>
      <xsl:param name="used" as="map(*)" select="map {}"/>
      <xsl:on-completion><xsl:sequence select="$fwd"/></xsl:on-completion>
      <xsl:variable name="i" as="xs:integer" select="xs:integer(.(1))"/>
      <xsl:variable name="j" as="xs:integer" select="xs:integer(.(2))"/>
      <xsl:choose>
        <xsl:when test="map:contains($fwd, $i) or map:contains($used, $j)">
          <xsl:next-iteration>
            <xsl:with-param name="fwd" select="$fwd"/>
            <xsl:with-param name="used" select="$used"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="fwd" select="map:put($fwd, $i, $j)"/>
            <xsl:with-param name="used" select="map:put($used, $j, true())"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <xsl:function name="tk:unit-map-index" as="map(*)">
    <xsl:param name="units" as="map(*)*"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($units) return $units[xs:integer($i)]?u ! map { generate-id(.): $i })"/>
  </xsl:function>

  <!-- ===== the parallel grid ===== -->

  <!--
    The grid. Context: the container (a group, or a body/div holding corresp-linked divs).
    $texts: the columns (texts of a group, or divs). $base: heading level for the column labels
    and, plus the number of opened divs with a head above a unit, for its heads.
    For groups, the column headers are headings (text labels) and the texts' notes follow the grid;
    for div columns, the headers are plain labels (the divs' own heads are headings).
  -->
  <xsl:template name="tk:parallel">
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:param name="texts" as="element()*" select="text"/>
    <xsl:param name="base" as="xs:integer" select="$tk:level + 1 + (if (head) then 1 else 0)"/>
    <xsl:param name="others" as="node()*" select="node() except text"/>
    <xsl:variable name="is-group" select="exists(self::group)"/>
    <xsl:variable name="k" select="count($texts)"/>
    <xsl:variable name="outer" select="if (tk:lang(.) ne '') then tk:lang(.) else $lang"/>
    <xsl:variable name="cols" as="map(*)" select="map:merge(for $c in 1 to $k return map { $c: tk:flatten($texts[$c], ()) })"/>
    <xsl:variable name="idx" as="map(*)" select="map:merge(for $c in 1 to $k return map { $c: tk:unit-map-index($cols($c)) })"/>
    <xsl:variable name="pairs" as="map(*)" select="map:merge(for $c in 2 to $k return map { $c: tk:pairs($cols(1), $idx(1), $cols($c), $idx($c)) })"/>
    <xsl:variable name="n1" select="count($cols(1))"/>
    <div>
      <xsl:choose>
        <xsl:when test="$is-group"><xsl:sequence select="tk:attrs(., ('tk-parallel', 'tk-cols-' || min(($k, 4))))"/></xsl:when>
        <xsl:otherwise><xsl:attribute name="class" select="'tk-parallel tk-cols-' || min(($k, 4))"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$is-group">
        <xsl:apply-templates select="$others">
          <xsl:with-param name="tk:level" tunnel="yes" select="$base - 1"/>
        </xsl:apply-templates>
      </xsl:if>
      <div class="tk-prow tk-prow-head">
        <xsl:for-each select="$texts">
          <xsl:variable name="id" select="tk:html-id(.)"/>
          <div id="{$id}" class="tk-pcell tk-pcell-head tei-{local-name()} {tk:type-classes(.)}">
            <xsl:sequence select="tk:lang-switch(tk:lang(.), $outer)"/>
            <xsl:choose>
              <xsl:when test="$is-group">
                <xsl:call-template name="tk:heading">
                  <xsl:with-param name="level" select="$base"/>
                  <xsl:with-param name="id" select="'tk-th-' || $id"/>
                  <xsl:with-param name="class" select="'tk-text-label'"/>
                  <xsl:with-param name="content" select="tk:text-label(.)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:if test="@type or @xml:lang">
                  <p class="tk-col-label"><xsl:value-of select="tk:text-label(.)"/></p>
                </xsl:if>
              </xsl:otherwise>
            </xsl:choose>
          </div>
        </xsl:for-each>
      </div>
      <xsl:iterate select="1 to $n1">
        <xsl:param name="pos" as="map(*)" select="map:merge(for $c in 2 to $k return map { $c: 1 })"/>
        <xsl:on-completion>
          <xsl:for-each select="2 to $k">
            <xsl:variable name="c" as="xs:integer" select="xs:integer(.)"/>
            <xsl:for-each select="$pos($c) to count($cols($c))">
              <xsl:call-template name="tk:prow">
                <xsl:with-param name="cells" select="map { $c: subsequence($cols($c), xs:integer(current()), 1) }"/>
                <xsl:with-param name="texts" select="$texts"/>
                <xsl:with-param name="base" select="$base"/>
                <xsl:with-param name="outer" select="$outer"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:on-completion>
        <xsl:variable name="i" as="xs:integer" select="xs:integer(.)"/>
        <xsl:variable name="partners" as="map(*)" select="map:merge(
            for $c in 2 to $k return
              let $j := map:get($pairs($c), $i)
              return if (exists($j) and $j ge $pos($c)) then map { $c: $j } else ())"/>
        <!-- unpaired units of the other columns that come before this row's partners -->
        <xsl:for-each select="2 to $k">
          <xsl:variable name="c" as="xs:integer" select="xs:integer(.)"/>
          <xsl:if test="map:contains($partners, $c)">
            <xsl:for-each select="$pos($c) to $partners($c) - 1">
              <xsl:call-template name="tk:prow">
                <xsl:with-param name="cells" select="map { $c: subsequence($cols($c), xs:integer(current()), 1) }"/>
                <xsl:with-param name="texts" select="$texts"/>
                <xsl:with-param name="base" select="$base"/>
                <xsl:with-param name="outer" select="$outer"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:if>
        </xsl:for-each>
        <xsl:call-template name="tk:prow">
          <xsl:with-param name="cells" select="map:merge((map { 1: subsequence($cols(1), $i, 1) },
              for $c in map:keys($partners) return map { $c: subsequence($cols($c), xs:integer($partners($c)), 1) }))"/>
          <xsl:with-param name="texts" select="$texts"/>
          <xsl:with-param name="base" select="$base"/>
          <xsl:with-param name="outer" select="$outer"/>
        </xsl:call-template>
        <xsl:next-iteration>
          <xsl:with-param name="pos" select="map:merge(for $c in 2 to $k return
              map { $c: if (map:contains($partners, $c)) then $partners($c) + 1 else $pos($c) })"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </div>
    <!-- notes of the texts, after the grid -->
    <xsl:if test="$is-group and $notes eq 'foot' and (some $t in $texts satisfies exists(key('tk:footnotes', generate-id($t))))">
      <xsl:variable name="gid" select="tk:html-id(.)"/>
      <section class="tk-notes-group" id="tk-gnotes-{$gid}" aria-labelledby="tk-gnh-{$gid}">
        <xsl:call-template name="tk:heading">
          <xsl:with-param name="level" select="$base"/>
          <xsl:with-param name="id" select="'tk-gnh-' || $gid"/>
          <xsl:with-param name="content" select="tk:label('notes')"/>
        </xsl:call-template>
        <xsl:for-each select="$texts">
          <xsl:call-template name="tk:notes-list">
            <xsl:with-param name="scope" select="."/>
            <xsl:with-param name="level" select="$base + 1"/>
            <xsl:with-param name="heading" select="tk:text-label(.)"/>
            <xsl:with-param name="outer-lang" select="$outer"/>
          </xsl:call-template>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One grid row: $cells maps a column number to a unit map. -->
  <xsl:template name="tk:prow">
    <xsl:param name="cells" as="map(*)"/>
    <xsl:param name="texts" as="element()*"/>
    <xsl:param name="base" as="xs:integer"/>
    <xsl:param name="outer" as="xs:string"/>
    <div class="tk-prow">
      <xsl:for-each select="1 to count($texts)">
        <xsl:variable name="c" as="xs:integer" select="xs:integer(.)"/>
        <xsl:variable name="cell" select="map:get($cells, $c)"/>
        <xsl:choose>
          <xsl:when test="exists($cell)">
            <div class="tk-pcell">
              <xsl:sequence select="tk:lang-switch(tk:lang($texts[xs:integer($c)]), $outer)"/>
              <xsl:for-each select="$cell?a">
                <span id="{tk:html-id(.)}" class="tk-anchor"></span>
              </xsl:for-each>
              <xsl:for-each select="$cell?u">
                <xsl:apply-templates select=".">
                  <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
                  <xsl:with-param name="tk:link" tunnel="yes" select="false()"/>
                  <xsl:with-param name="tk:level" tunnel="yes"
                    select="$base + count(ancestor::*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::div5 or self::div6 or self::div7][head])"/>
                </xsl:apply-templates>
              </xsl:for-each>
            </div>
          </xsl:when>
          <xsl:otherwise>
            <div class="tk-pcell tk-pcell-empty"></div>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </div>
  </xsl:template>

</xsl:stylesheet>
