<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit text: notes.
    footnotes   notes='end' (default): "[1]" in the text, and after each text a "Notes" section
                with "[1] Translator's note: …"; notes='inline': "[Translator's note: …]" in place;
                notes='none': left out.
    additions   always "[…]" in place ("[YePSRK]").
    marginalia  always in place, labelled with their own label or place, and hand:
                "[Marginal note, bottom of the page, hand of A. Kalinin: …]"; a marginal note
                standing between paragraphs is a paragraph of its own.
    gap-style='descriptive' writes labelled remarks the way archives do: "[Stamp]: …",
    "[Handwritten note at the bottom of the first page]: …" (a note's own label alone).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="note" mode="tk:t">
    <xsl:choose>
      <xsl:when test="tk:is-marginal(.)">
        <xsl:text> </xsl:text>
        <!-- The descriptive style keeps the archive's wording: its own label says it all. -->
        <xsl:variable name="own" select="tk:own-label(.)"/>
        <xsl:value-of select="tk:labelled(if (exists($own) and $gap-style eq 'descriptive') then normalize-space($own) else tk:marginal-label(.),
                                          node() except $own)"/>
        <xsl:text> </xsl:text>
      </xsl:when>
      <xsl:when test="tk:is-addition(.)">
        <xsl:text>[</xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:when test="tk:is-footnote(.)">
        <xsl:choose>
          <xsl:when test="$notes eq 'none'"/>
          <xsl:when test="$notes eq 'inline'">
            <xsl:text> [</xsl:text>
            <xsl:value-of select="tk:note-type-label(.)"/>
            <xsl:text>: </xsl:text>
            <xsl:apply-templates mode="tk:t"/>
            <xsl:text>]</xsl:text>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="'[' || tk:fn-label(.) || ']'"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text> </xsl:text><xsl:apply-templates mode="tk:t"/><xsl:text> </xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "[label: content]", or "[label]: content" in the descriptive style. -->
  <xsl:function name="tk:labelled" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="text"><xsl:apply-templates select="$content" mode="tk:t"/></xsl:variable>
    <xsl:sequence select="if ($gap-style eq 'descriptive') then '[' || $label || ']: ' || $text
                          else '[' || $label || ': ' || $text || ']'"/>
  </xsl:function>

  <!-- A marginal note between blocks: a block of its own. -->
  <xsl:template match="note[tk:is-marginal(.)]" mode="tk:b">
    <xsl:variable name="s" select="tk:inline(.)"/>
    <xsl:if test="$s ne ''"><xsl:sequence select="$s"/></xsl:if>
  </xsl:template>

  <!-- The endnotes of one text: a heading block and one block with one note per line. -->
  <xsl:function name="tk:endnotes" as="xs:string*">
    <xsl:param name="scope" as="element()"/>
    <xsl:variable name="fns" select="key('tk:footnotes', generate-id($scope), root($scope))"/>
    <xsl:if test="$notes = ('end', 'foot') and exists($fns)">
      <xsl:sequence select="tk:underline(tk:label('notes'), '-')"/>
      <xsl:sequence select="string-join(
          for $n in $fns return '[' || tk:fn-label($n) || '] ' || tk:note-type-label($n) || ': ' || tk:inline($n/node()),
          '&#10;')"/>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
