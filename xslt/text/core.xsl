<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit text: core machinery.

  Two modes:
    tk:b  (blocks)  returns a sequence of strings, one per block (paragraph, heading, verse group,
                    list, table, closer line ...). Blocks are later joined with one blank line.
    tk:t  (inline)  returns text. A generated line break inside a block is written as the private
                    character U+E000 and becomes a newline in tk:tidy(), after the source whitespace
                    has been normalised to single spaces.
  A container's children are grouped: runs of inline nodes become one block, block children are
  processed recursively, so text directly in a div (or a list inside a p) is never lost.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="tk:NL" as="xs:string" select="'&#xE000;'"/>

  <!-- Whitespace normalised to single spaces; generated line breaks kept; ends trimmed. -->
  <xsl:function name="tk:tidy" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="a" select="replace($s, '\s+', ' ')"/>
    <xsl:variable name="b" select="replace($a, ' *&#xE000; *', '&#10;')"/>
    <xsl:variable name="c" select="replace(replace($b, '&#10;{3,}', '&#10;&#10;'), '\] ([.,;:!?)])', ']$1')"/>
    <xsl:sequence select="replace($c, '^[\s]+|[\s]+$', '')"/>
  </xsl:function>

  <!-- Inline rendering of nodes, tidied. -->
  <xsl:function name="tk:inline" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="raw">
      <xsl:apply-templates select="$nodes" mode="tk:t"/>
    </xsl:variable>
    <xsl:sequence select="tk:tidy(string($raw))"/>
  </xsl:function>

  <!-- Elements that make blocks of their own in the text output. -->
  <xsl:variable name="tk:t-block-names" as="xs:string*" select="(
    'p', 'ab', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'head', 'lg', 'l', 'sp',
    'spGrp', 'speaker', 'list', 'item', 'table', 'closer', 'opener', 'salute', 'dateline', 'signed',
    'postscript', 'address', 'byline', 'docTitle', 'titlePart', 'docAuthor', 'docDate', 'docImprint',
    'docEdition', 'titlePage', 'epigraph', 'argument', 'trailer', 'castList', 'castGroup', 'castItem',
    'floatingText', 'listBibl', 'listWit', 'listApp', 'front', 'body', 'back', 'group', 'text',
    'u', 'entry', 'entryFree', 'biblStruct', 'msDesc', 'egXML', 'performance', 'set', 'prologue', 'epilogue',
    'sourceDoc', 'surfaceGrp', 'surface', 'zone', 'taxonomy', 'category')"/>

  <xsl:variable name="tk:t-containers" as="xs:string*" select="(
    'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'body', 'front', 'back', 'group',
    'text', 'sp', 'spGrp', 'closer', 'opener', 'postscript', 'titlePage', 'castList', 'castGroup',
    'floatingText', 'listBibl', 'listWit', 'listApp', 'epigraph', 'argument', 'u', 'performance', 'set',
    'prologue', 'epilogue', 'entry', 'entryFree', 'quote', 'cit', 'note', 'figure', 'app', 'lem', 'rdg',
    'sourceDoc', 'surfaceGrp', 'surface', 'zone')"/>

  <xsl:variable name="tk:t-block-map" as="map(xs:string, xs:boolean)" select="map:merge($tk:t-block-names ! map { .: true() })"/>
  <xsl:variable name="tk:t-container-map" as="map(xs:string, xs:boolean)" select="map:merge($tk:t-containers ! map { .: true() })"/>

  <xsl:function name="tk:t-is-block" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="
      if (not($n instance of element())) then false()
      else if (map:contains($tk:t-block-map, local-name($n))) then true()
      else if ($n/self::stage) then map:contains($tk:t-container-map, local-name($n/..))
      else if ($n/self::note) then tk:is-marginal($n) and map:contains($tk:t-container-map, local-name($n/..)) and not($n/parent::note)
      else if (empty($n/*)) then false()
      else if ($n/self::quote or $n/self::cit) then exists($n/(p | lg | l | list | table | sp | ab))
      else if ($n/self::figure) then exists($n/(graphic | p | head)) and map:contains($tk:t-container-map, local-name($n/..))
      else if ($n/(self::bibl | self::witness)) then exists($n/parent::*[starts-with(local-name(), 'list')])
      else if ($n/(self::listPerson | self::listPlace | self::listOrg | self::listEvent)) then true()
      else exists($n/(child::p | child::div | child::lg | child::list | child::table | child::sp | child::ab))"/>
  </xsl:function>

  <!-- ===== blocks ===== -->

  <!-- Generic: inline runs become blocks, block children recurse. -->
  <xsl:template match="*" mode="tk:b">
    <xsl:for-each-group select="node()" group-adjacent="tk:t-is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tk:b"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="s" select="tk:inline(current-group())"/>
          <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="text() | comment() | processing-instruction()" mode="tk:b"/>

  <!-- (A sourceDoc is a block of its own after the texts: text/transcription.xsl.) -->
  <xsl:template match="teiHeader | standOff | facsimile" mode="tk:b"/>

  <!-- Index lists in a text: one line per entry (their text is kept), and per head or other child. -->
  <xsl:template match="listPerson | listPlace | listOrg | listEvent | listPersonGrp" mode="tk:b">
    <xsl:variable name="lines" select="for $e in (* | text()[normalize-space()]) return tk:inline($e)"/>
    <xsl:variable name="s" select="string-join(($lines[. ne '']) ! ('- ' || .), '&#10;')"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

  <!-- Verse: one block, one line per l. -->
  <xsl:template match="lg" mode="tk:b">
    <xsl:variable name="parts" as="xs:string*">
      <xsl:for-each select="* | text()[normalize-space()]">
        <xsl:choose>
          <xsl:when test="self::lg">
            <xsl:variable name="sub" as="xs:string*"><xsl:apply-templates select="." mode="tk:b"/></xsl:variable>
            <xsl:sequence select="string-join($sub, '&#10;&#10;')"/>
          </xsl:when>
          <xsl:otherwise><xsl:sequence select="tk:inline(.)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="s" select="string-join($parts[. ne ''], '&#10;')"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

  <!-- Lists: one block, "- item" (or "label: item") per line. -->
  <xsl:template match="list" mode="tk:b">
    <xsl:variable name="ordered" select="tokenize(lower-case(string-join((@type, @rend), ' ')), '\s+') = ('ordered', 'numbered', 'decimal', 'enumerated', 'ol')"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each select="head"><xsl:sequence select="tk:inline(.)"/></xsl:for-each>
      <xsl:for-each select="item">
        <xsl:variable name="label" select="preceding-sibling::*[1][self::label]"/>
        <xsl:variable name="body" select="replace(tk:inline(node()), '&#10;', '&#10;  ')"/>
        <xsl:sequence select="(if (exists($label)) then tk:inline($label) || ' ' else if ($ordered) then string(position()) || '. ' else '- ') || $body"/>
      </xsl:for-each>
      <xsl:for-each select="(* | text()[normalize-space()]) except (head | item | label[following-sibling::*[1][self::item]])">
        <xsl:sequence select="tk:inline(.)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="s" select="string-join($lines[normalize-space(.)], '&#10;')"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

  <!-- Tables: one block, one line per row, cells separated by " | ". -->
  <xsl:template match="table" mode="tk:b">
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each select="head"><xsl:sequence select="tk:inline(.)"/></xsl:for-each>
      <xsl:for-each select="row">
        <xsl:sequence select="string-join(for $c in (* | text()[normalize-space()]) return replace(tk:inline($c), '&#10;', ' '), ' | ')"/>
      </xsl:for-each>
      <xsl:for-each select="(* | text()[normalize-space()]) except (head | row)"><xsl:sequence select="tk:inline(.)"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="s" select="string-join($lines[normalize-space(.)], '&#10;')"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

  <!-- Addresses and document titles: one block, one line (address) or one run (title) per part. -->
  <xsl:template match="address | docTitle" mode="tk:b">
    <xsl:variable name="s" select="string-join((for $c in (* | text()[normalize-space()]) return tk:inline($c))[. ne ''], if (self::address) then '&#10;' else ' ')"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

  <!-- A byline or imprint is one phrase ("by <docAuthor>…</docAuthor>."), even where its parts are blocks elsewhere. -->
  <xsl:template match="byline | docImprint" mode="tk:b">
    <xsl:variable name="s" select="tk:inline(node())"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

  <!-- Drama: "SPEAKER. speech" on one block when the speech is one paragraph or line. -->
  <xsl:template match="sp" mode="tk:b">
    <xsl:variable name="speaker" select="string-join(speaker ! tk:inline(.), ' ')"/>
    <xsl:variable name="rest" as="xs:string*">
      <xsl:for-each-group select="node() except speaker" group-adjacent="tk:t-is-block(.)">
        <xsl:choose>
          <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="tk:b"/></xsl:when>
          <xsl:otherwise>
            <xsl:variable name="s" select="tk:inline(current-group())"/>
            <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$speaker ne '' and exists($rest)">
        <xsl:sequence select="$speaker || (if (matches($speaker, '[.:]$')) then ' ' else ': ') || $rest[1]"/>
        <xsl:sequence select="subsequence($rest, 2)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="($speaker[. ne ''], $rest)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== inline ===== -->

  <xsl:template match="text()" mode="tk:t">
    <xsl:value-of select="tk:ws-text(.)"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="tk:t"/>

  <xsl:template match="*" mode="tk:t">
    <xsl:apply-templates mode="tk:t"/>
  </xsl:template>

  <xsl:template match="teiHeader | standOff | facsimile | sourceDoc" mode="tk:t"/>

  <!-- Blocks met in inline context (a list inside a hi, a p inside a note): separated by a space. -->
  <xsl:template match="p | ab | l | item | head | lg | row | cell | addrLine | salute | signed | dateline | speaker" mode="tk:t">
    <xsl:text> </xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text> </xsl:text>
  </xsl:template>

  <!-- "[Figure: head: description]" and the figure's other content, in the order of head and content in the source. -->
  <xsl:template match="figure" mode="tk:t">
    <xsl:variable name="rest" select="(* | text()[normalize-space()]) except (figDesc | desc | head | graphic)"/>
    <xsl:variable name="label" select="' [' || (if (graphic) then tk:label('figure') || ': ' || tk:figure-label(.) else tk:figure-label(.)) || '] '"/>
    <xsl:variable name="label-first" select="empty(head) or empty($rest) or head[1] &lt;&lt; $rest[1]"/>
    <xsl:if test="$label-first"><xsl:value-of select="$label"/></xsl:if>
    <xsl:apply-templates select="$rest" mode="tk:t"/>
    <xsl:if test="not($label-first)"><xsl:value-of select="$label"/></xsl:if>
  </xsl:template>

  <xsl:template match="figDesc" mode="tk:t"/>

  <xsl:template match="graphic | media" mode="tk:t">
    <xsl:if test="not(parent::figure)">
      <xsl:text> [</xsl:text>
      <xsl:value-of select="tk:label('image') || (if (normalize-space(desc)) then ': ' || normalize-space(desc) else '')"/>
      <xsl:text>] </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="q | soCalled" mode="tk:t">
    <xsl:text>“</xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text>”</xsl:text>
  </xsl:template>

  <xsl:template match="stamp" mode="tk:t">
    <xsl:value-of select="tk:labelled(tk:label('stamp'), node())"/>
  </xsl:template>

  <xsl:template match="ptr" mode="tk:t">
    <xsl:variable name="t" select="normalize-space(@target)"/>
    <xsl:variable name="target" select="if (starts-with($t, '#')) then tk:resolve(., tk:first-token($t)) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($target) and tk:is-footnote($target) and $notes = ('end', 'foot')">
        <xsl:value-of select="'[' || tk:fn-label($target) || ']'"/>
      </xsl:when>
      <xsl:when test="exists($target) and tk:entity-kind($target) ne ''">
        <xsl:value-of select="tk:entity-label($target)"/>
      </xsl:when>
      <xsl:when test="exists($target/head)">
        <xsl:value-of select="tk:plain($target/head[1])"/>
      </xsl:when>
      <xsl:when test="$t ne '' and not(starts-with($t, '#')) and tk:url-of($t) ne ''">
        <xsl:value-of select="'&lt;' || $t || '&gt;'"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="index | link | linkGrp | join | interp | interpGrp | certainty | precision | respons | alt | altGrp | spanGrp | timeline" mode="tk:t"/>

  <!-- Anchors and milestones are empty by definition; one that wraps text (it happens) keeps it. -->
  <xsl:template match="anchor | milestone" mode="tk:t">
    <xsl:apply-templates mode="tk:t"/>
  </xsl:template>

  <xsl:template match="listPerson | listPlace | listOrg | listEvent" mode="tk:t">
    <xsl:text> </xsl:text>
    <xsl:value-of select="string-join(for $e in * return tk:inline($e), '; ')"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="person | place | org | event | personGrp | birth | death | occupation | sex | location | geo" mode="tk:t">
    <xsl:text> </xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="sex[not(normalize-space())][@value]" mode="tk:t">
    <xsl:text> </xsl:text><xsl:value-of select="@value"/><xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="forename | surname | roleName | addName | nameLink | genName" mode="tk:t">
    <xsl:apply-templates mode="tk:t"/>
    <xsl:if test="following-sibling::node()[1][self::forename or self::surname or self::addName or self::genName or self::roleName]"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

</xsl:stylesheet>
