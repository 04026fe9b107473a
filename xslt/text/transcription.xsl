<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit text: transcription module (views, gaps, editorial interventions, breaks).
    reading     corr/reg/expan shown, del left out, expansions written out (no parentheses,
                so that search finds whole words), supplied text in [ ], lb = space
    diplomatic  sic/orig/abbr shown, del in ⟦ ⟧, additions in \ /, lb = new line, pb/cb/fw on
                lines of their own, hand changes as [hand: …]
    both        words broken by lb/pb/cb[@break='no'] are joined; gaps per $gap-style
  Documentary transcription: a sourceDoc is headed "Documentary transcription" (underlined with "-"),
  each surface by its @n or @xml:id (underlined with "~"; not the root surface of a page file, which
  the title names), its image as "[Image <url>]"; each zone is a block, each line one line, a vertical
  space a blank line.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="choice" mode="tk:t">
    <xsl:apply-templates select="tk:chosen(.)" mode="tk:t"/>
  </xsl:template>

  <xsl:template match="app" mode="tk:t">
    <xsl:apply-templates select="tk:app-shown(.), node()[not(self::lem or self::rdg or self::rdgGrp)]" mode="tk:t"/>
  </xsl:template>

  <xsl:template match="ex" mode="tk:t">
    <xsl:if test="not($tk:diplomatic)"><xsl:apply-templates mode="tk:t"/></xsl:if>
  </xsl:template>

  <xsl:template match="am" mode="tk:t">
    <xsl:if test="$tk:diplomatic"><xsl:apply-templates mode="tk:t"/></xsl:if>
  </xsl:template>

  <!--
    In the descriptive style with notes in place, a gap with no wording of its own (no desc) that is followed at once
    by a source's note pointing at it (@target; a translator's, author's or plain note, not an editor's) is worded by
    that note, as archives write it: "relations [Translator's note: 2-3 lines are lost in the Russian text at this
    point …]", not "[2–3 lines lost: faded] [Translator's note: …]". An editor's note comments on the gap and does not
    replace it; other styles, and notes at the end, keep the gap's own sign or description.
  -->
  <xsl:template match="gap" mode="tk:t">
    <xsl:value-of select="if ($gap-style ne 'descriptive') then '[...]'
                          else if (tk:worded-by-note(.)) then ''
                          else tk:gap-display(.)"/>
  </xsl:template>

  <xsl:function name="tk:worded-by-note" as="xs:boolean">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="next" select="$g/following-sibling::node()[not(self::text()[not(normalize-space())] or self::comment())][1]"/>
    <xsl:sequence select="$notes eq 'inline' and empty($g/desc) and exists($g/@xml:id) and exists($next/self::note)
                          and tk:is-footnote($next) and tk:note-kind($next) ne 'editorial'
                          and ('#' || $g/@xml:id) = tokenize(normalize-space($next/@target), ' ')"/>
  </xsl:function>

  <xsl:template match="supplied" mode="tk:t">
    <xsl:variable name="omitted" select="tokenize(normalize-space(@reason), ' ') = ('omitted', 'subaudible')"/>
    <xsl:variable name="content"><xsl:apply-templates mode="tk:t"/></xsl:variable>
    <xsl:if test="string($content) ne ''">
      <xsl:value-of select="(if ($omitted) then '⟨' else '[') || $content || (if ($omitted) then '⟩' else ']')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="surplus" mode="tk:t">
    <xsl:text>{</xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="del" mode="tk:t">
    <xsl:if test="$tk:diplomatic">
      <xsl:text>⟦</xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text>⟧</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="add" mode="tk:t">
    <xsl:choose>
      <xsl:when test="$tk:diplomatic">
        <xsl:text>\</xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text>/</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="tk:t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="space" mode="tk:t"><xsl:text> </xsl:text></xsl:template>

  <xsl:template match="handShift" mode="tk:t">
    <xsl:if test="$tk:diplomatic">
      <xsl:variable name="who" select="
        if (@new) then tk:hand-name(., string(@new))
        else if (@scribeRef) then tk:hand-name(., string(@scribeRef))
        else if (starts-with(normalize-space(@scribe), '#')) then tk:hand-name(., string(@scribe))
        else normalize-space(string-join((@scribe, @medium), ' '))"/>
      <xsl:value-of select="' [' || tk:label('hand') || (if ($who ne '') then ': ' || $who else '') || '] '"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="lb" mode="tk:t">
    <xsl:choose>
      <xsl:when test="tk:is-nobreak(.)"/>
      <xsl:when test="$tk:diplomatic"><xsl:value-of select="$tk:NL"/></xsl:when>
      <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="pb" mode="tk:t">
    <xsl:if test="$tk:diplomatic">
      <xsl:value-of select="$tk:NL || $tk:NL || '[' || tk:label('page') || (if (normalize-space(@n)) then ' ' || normalize-space(@n) else '') || ']' || $tk:NL"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="cb" mode="tk:t">
    <xsl:if test="$tk:diplomatic">
      <xsl:value-of select="$tk:NL || '[' || tk:label('column') || (if (normalize-space(@n)) then ' ' || normalize-space(@n) else '') || ']' || $tk:NL"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="gb" mode="tk:t"/>

  <!-- Forme work (running heads, page numbers, catchwords): only in the diplomatic view. -->
  <xsl:template match="fw" mode="tk:t">
    <xsl:if test="$tk:diplomatic">
      <xsl:value-of select="$tk:NL"/>
      <xsl:apply-templates mode="tk:t"/>
      <xsl:value-of select="$tk:NL"/>
    </xsl:if>
  </xsl:template>

  <!-- ===== documentary transcription ===== -->

  <xsl:template match="sourceDoc" mode="tk:b">
    <xsl:if test="exists(parent::*)">
      <xsl:sequence select="tk:underline(tk:sourcedoc-label(.), '-')"/>
    </xsl:if>
    <xsl:sequence select="tk:line-blocks(node())"/>
    <xsl:sequence select="tk:endnotes(.)"/>
  </xsl:template>

  <xsl:template match="surface" mode="tk:b">
    <xsl:if test="exists(parent::*)">
      <xsl:sequence select="tk:underline(tk:surface-label(.), '~')"/>
    </xsl:if>
    <xsl:sequence select="tk:line-blocks(node())"/>
  </xsl:template>

  <xsl:template match="surfaceGrp | zone" mode="tk:b">
    <xsl:sequence select="tk:line-blocks(node())"/>
  </xsl:template>

  <!--
    The blocks of a documentary container: zones, surfaces and other blocks each on their own; the rest
    one block, with one line per line element and per run of other content (a metamark, text between
    lines), and a blank line for a vertical space.
  -->
  <xsl:function name="tk:line-blocks" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each-group select="$nodes" group-adjacent="tk:t-is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tk:b"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="lines" as="xs:string*">
            <xsl:for-each-group select="current-group()" group-adjacent="if (self::line or self::space[@dim eq 'vertical']) then generate-id() else ''">
              <xsl:choose>
                <xsl:when test="current-grouping-key() ne '' and self::space"><xsl:sequence select="''"/></xsl:when>
                <xsl:otherwise>
                  <xsl:variable name="s" select="tk:inline(current-group())"/>
                  <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each-group>
          </xsl:variable>
          <xsl:variable name="s" select="replace(replace(string-join($lines, '&#10;'), '&#10;{3,}', '&#10;&#10;'), '^&#10;+|&#10;+$', '')"/>
          <xsl:if test="normalize-space($s) ne ''"><xsl:sequence select="$s"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A line met inside a phrase (a line in an addition): its text, then a new line. -->
  <xsl:template match="line" mode="tk:t">
    <xsl:apply-templates mode="tk:t"/>
    <xsl:value-of select="$tk:NL"/>
  </xsl:template>

  <!-- The image of a surface or zone: "[Image <https://…>]" (the URL when it is safe). -->
  <xsl:template match="graphic[parent::surface or parent::zone]" mode="tk:t">
    <xsl:variable name="u" select="tk:url-at(@url)"/>
    <xsl:value-of select="' [' || tk:label('image') || (if (normalize-space(desc)) then ': ' || normalize-space(desc) else '')
                          || (if ($u ne '') then ' &lt;' || $u || '&gt;' else '') || '] '"/>
  </xsl:template>

  <!-- Block-level page/column breaks and forme work in the diplomatic view: a line of their own. -->
  <xsl:template match="pb | cb | fw" mode="tk:b">
    <xsl:variable name="s" select="tk:inline(.)"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

</xsl:stylesheet>
