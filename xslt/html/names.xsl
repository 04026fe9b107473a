<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: names and the index of persons, places, organisations and events.

  A persName/placeName/orgName/rs/name/... whose @ref is a local "#id" of an index entry links to
  that entry (#id of the entry); an http(s) @ref links out (sanitised); anything else is a span.
  The index is built once per TEI document (per teiCorpus member) from its entity lists wherever
  they stand (teiHeader, standOff, text/back): each entry is visited once and sorted once, so the
  cost is O(n log n) however many members a corpus has.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- An index entry: an entity element standing in an entity list (or nested in a place/org). -->
  <xsl:function name="tk:is-entry" as="xs:boolean">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="tk:entity-kind($e) ne '' and exists($e/parent::*[self::listPerson or self::listPlace
        or self::listOrg or self::listEvent or self::listPersonGrp or self::particDesc or self::settingDesc
        or self::place or self::org])"/>
  </xsl:function>

  <!-- The entries of one scope (a TEI, a teiCorpus without its members, or the root of a fragment). -->
  <xsl:function name="tk:scope-entries" as="element()*">
    <xsl:param name="scope" as="element()"/>
    <xsl:sequence select="($scope/teiHeader, $scope/standOff, $scope/self::TEI/text, $scope[not(self::TEI or self::teiCorpus)])
        //*[self::person or self::personGrp or self::persona or self::place or self::org or self::event][tk:is-entry(.)]"/>
  </xsl:function>

  <xsl:template match="persName | placeName | orgName | rs | name | geogName | settlement | country
                       | region | district | bloc | eventName | objectName | repository | institution">
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="ent" select="if (@ref) then tk:entity-for(.)[tk:is-entry(.)] else ()"/>
    <xsl:variable name="ext" select="if (empty($ent) and @ref and matches(@ref, '^\s*https?:', 'i')) then tk:url-of(@ref) else ''"/>
    <xsl:choose>
      <xsl:when test="exists($ent) and not($tk:link)">
        <a href="#{tk:html-id($ent)}" title="{tk:entity-label($ent)}">
          <xsl:sequence select="tk:attrs(., 'tk-name')"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:link" tunnel="yes" select="true()"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:when test="$ext ne '' and not($tk:link)">
        <a href="{$ext}" rel="noopener noreferrer">
          <xsl:sequence select="tk:attrs(., ('tk-name', 'tk-ext'))"/>
          <xsl:apply-templates>
            <xsl:with-param name="tk:link" tunnel="yes" select="true()"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:sequence select="tk:attrs(., ())"/>
          <xsl:if test="exists($ent)"><xsl:attribute name="title" select="tk:entity-label($ent)"/></xsl:if>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== the index ===== -->

  <!--
    $scope: TEI or teiCorpus; $level: heading level of "Index"; $sfx: id suffix ('' for the root).
  -->
  <xsl:template name="tk:index">
    <xsl:param name="scope" as="element()"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="sfx" as="xs:string"/>
    <xsl:param name="entries" as="element()*" select="tk:scope-entries($scope)"/>
    <xsl:if test="exists($entries)">
      <section class="tk-index" id="tk-index{$sfx}" aria-labelledby="tk-ih{$sfx}">
        <xsl:call-template name="tk:heading">
          <xsl:with-param name="level" select="$level"/>
          <xsl:with-param name="id" select="'tk-ih' || $sfx"/>
          <xsl:with-param name="content" select="tk:label('index')"/>
        </xsl:call-template>
        <!-- each entry's label once: it is both the sort key and the entry's name -->
        <xsl:variable name="items" as="map(*)*" select="$entries ! map { 'e': ., 'label': tk:entity-label(.), 'kind': tk:entity-kind(.) }"/>
        <xsl:for-each-group select="$items" group-by="?kind">
          <xsl:sort select="index-of(('person', 'place', 'org', 'event'), current-grouping-key())"/>
          <xsl:variable name="kind" select="current-grouping-key()"/>
          <section class="tk-index-cat tk-index-{$kind}" aria-labelledby="tk-ic-{$kind}{$sfx}">
            <xsl:call-template name="tk:heading">
              <xsl:with-param name="level" select="$level + 1"/>
              <xsl:with-param name="id" select="'tk-ic-' || $kind || $sfx"/>
              <xsl:with-param name="content" select="tk:label('index-' || $kind)"/>
            </xsl:call-template>
            <ul class="tk-index-list">
              <xsl:for-each select="current-group()">
                <xsl:sort select="lower-case(?label)"/>
                <xsl:apply-templates select="?e" mode="tk:entry">
                  <xsl:with-param name="label" select="?label"/>
                </xsl:apply-templates>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="tk:entry">
    <xsl:param name="label" as="xs:string" select="tk:entity-label(.)"/>
    <xsl:variable name="main" select="tk:entity-main-name(.)"/>
    <xsl:variable name="names" select="tk:entity-names(.) except $main"/>
    <li id="{tk:html-id(.)}" class="tk-entry tk-entry-{tk:entity-kind(.)}">
      <xsl:sequence select="tk:lang-switch(tk:lang(.), $lang)"/>
      <span class="tk-entry-name">
        <xsl:if test="exists($main)">
          <xsl:sequence select="tk:lang-switch(tk:lang($main), tk:lang(.))"/>
          <xsl:if test="$main/@xml:id"><span id="{tk:html-id($main)}" class="tk-anchor"></span></xsl:if>
        </xsl:if>
        <xsl:value-of select="$label"/>
      </span>
      <xsl:if test="exists($names)">
        <xsl:text> </xsl:text>
        <span class="tk-entry-alt">
          <xsl:text>(</xsl:text>
          <xsl:for-each select="$names">
            <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
            <xsl:apply-templates select=".">
              <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
              <xsl:with-param name="tk:link" tunnel="yes" select="true()"/>
            </xsl:apply-templates>
          </xsl:for-each>
          <xsl:text>)</xsl:text>
        </span>
      </xsl:if>
      <xsl:for-each select="node() except ($main, $names)">
        <xsl:choose>
          <xsl:when test="self::text()[not(normalize-space())] or self::comment() or self::processing-instruction()"/>
          <!-- nested entries (place in place) are entries of their own -->
          <xsl:when test="tk:is-entry(.)"/>
          <!-- lists inside an entry: their entries are entries of their own; anything else is a detail -->
          <xsl:when test="self::listPerson or self::listPlace or self::listOrg or self::listEvent or self::listPersonGrp">
            <xsl:for-each select="(* | text()[normalize-space()])[not(tk:is-entry(.))]">
              <xsl:text> </xsl:text>
              <span class="tk-entry-detail tk-d-{if (. instance of element()) then tk:class-token(local-name()) else 'text'}">
                <xsl:apply-templates select="." mode="tk:detail"/>
              </span>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:text> </xsl:text>
            <span class="tk-entry-detail tk-d-{tk:class-token(local-name())}">
              <xsl:if test="self::birth or self::death">
                <span class="tk-entry-key"><xsl:value-of select="tk:label(if (self::birth) then 'born' else 'died')"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:apply-templates select="." mode="tk:detail"/>
            </span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!--
    Details of an index entry (birth, death, occupation, notes, identifiers, locations ...): a light
    mode, as entity lists can make up most of a document (letters with embedded person and place
    lists). Every text node is kept; identifiers and references that are http(s) URLs are links;
    no ids are written (tk:visible treats entry contents as not linkable).
  -->
  <xsl:template match="*" mode="tk:detail">
    <span class="tei-{local-name()}">
      <xsl:if test="@xml:lang"><xsl:sequence select="tk:lang-switch(tk:lang-tag(@xml:lang), tk:lang(..))"/></xsl:if>
      <xsl:apply-templates mode="tk:detail"/>
    </span>
  </xsl:template>

  <xsl:template match="text()" mode="tk:detail">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="tk:detail"/>

  <xsl:template match="idno[matches(normalize-space(.), '^https?://\S+$', 'i')] | ref[matches(@target, '^\s*https?:', 'i')] | ptr[matches(@target, '^\s*https?:', 'i')]" mode="tk:detail">
    <xsl:variable name="u" select="if (self::idno) then tk:safe-url(normalize-space(.)) else tk:url-of(@target)"/>
    <xsl:choose>
      <xsl:when test="$u ne ''">
        <a href="{$u}" class="tei-{local-name()} tk-ext" rel="noopener noreferrer">
          <xsl:value-of select="if (normalize-space(.)) then normalize-space(.) else normalize-space(@target)"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-{local-name()}"><xsl:apply-templates mode="tk:detail"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="choice" mode="tk:detail">
    <xsl:apply-templates select="tk:chosen(.)" mode="tk:detail"/>
  </xsl:template>

  <!-- Empty value-carrying elements: sex/@value, date/@when, state/@type. -->
  <xsl:template match="*[not(node())][@value or @when or @type]" mode="tk:detail" priority="1">
    <span class="tei-{local-name()}"><xsl:value-of select="(@value, @when, @type)[1]"/></span>
  </xsl:template>

  <!-- Empty value-carrying elements in the text flow: sex/@value, etc. -->
  <xsl:template match="sex[not(normalize-space())][@value] | state[not(normalize-space())][@type]">
    <span>
      <xsl:sequence select="tk:attrs(., ())"/>
      <xsl:value-of select="(@value, @type)[1]"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
