<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit text: the document.
    Title                      (underlined with "=")
    Original (Russian)         (a text of a group, underlined with "-")
    paragraph …                (blocks separated by one blank line)
    Notes                      (per text, when notes='end')
    [1] Translator's note: …
    Documentary transcription  (a sourceDoc, after the texts, underlined with "-")
    2v                         (a surface, underlined with "~"; its lines one per line)
  A teiCorpus gives its title, then each member the same way. A fragment (a root other than TEI or
  teiCorpus: a div, a surface, a listPerson...) gives its title (tk:fragment-title), its content, and
  the notes outside any text or sourceDoc. Output ends with one newline.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode use-accumulators="#all"/>

  <xsl:function name="tk:check-params" as="empty-sequence()">
    <xsl:sequence select="
      if (not($view = ('reading', 'diplomatic'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter view must be reading or diplomatic, not &quot;' || $view || '&quot;')
      else if (not($notes = ('end', 'foot', 'inline', 'none'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter notes must be end, inline or none, not &quot;' || $notes || '&quot;')
      else if (not($gap-style = ('leiden', 'descriptive'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter gap-style must be leiden or descriptive, not &quot;' || $gap-style || '&quot;')
      else if (not(matches($lang, '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter lang must be a language tag such as en, not &quot;' || $lang || '&quot;')
      else ()"/>
  </xsl:function>

  <!-- "Title" and a line of $char as long as it. -->
  <xsl:function name="tk:underline" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence select="$s || '&#10;' || string-join((1 to min((string-length($s), 72))) ! $char, '')"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:sequence select="tk:check-params()"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="*" mode="tk:doc"/>
    </xsl:variable>
    <xsl:value-of select="string-join($blocks[normalize-space(.)], '&#10;&#10;') || '&#10;'"/>
  </xsl:template>

  <xsl:template match="TEI | teiCorpus" mode="tk:doc">
    <xsl:sequence select="tk:underline(tk:doc-title(.), '=')"/>
    <xsl:apply-templates select="text, sourceDoc[tk:has-source(.)]" mode="tk:b"/>
    <xsl:apply-templates select="TEI | teiCorpus" mode="tk:doc"/>
  </xsl:template>

  <!--
    A fragment: its title, its content (a head that gives the title is not repeated), then the notes outside
    any text or sourceDoc (those list their own). Containers never rendered inside a document (teiHeader,
    standOff, facsimile) give their content.
  -->
  <xsl:template match="tei:*" mode="tk:doc">
    <!-- a title from the root's own head is that head as the text shows it (with its note numbers) -->
    <xsl:variable name="head" select="tk:title-head(.)"/>
    <xsl:sequence select="tk:underline(if (exists($head)) then replace(tk:inline($head/node()), '\s+', ' ') else tk:fragment-title(.), '=')"/>
    <xsl:choose>
      <xsl:when test="self::teiHeader or self::standOff or self::facsimile or self::fsdDecl">
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
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="." mode="tk:b"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="not(self::text or self::sourceDoc)">
      <xsl:sequence select="tk:endnotes(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- The head that gives a fragment its title is not repeated in its body. -->
  <xsl:template match="/*/head[1][. is tk:title-head(..)]" mode="tk:b tk:t"/>

  <!-- Not TEI (refused before the transform by teikit's own functions): all its text, in blocks. -->
  <xsl:template match="*" mode="tk:doc">
    <xsl:apply-templates select="." mode="tk:b"/>
  </xsl:template>

  <!-- A text: label (in a group), blocks, its endnotes. -->
  <xsl:template match="text" mode="tk:b">
    <xsl:if test="parent::group">
      <xsl:sequence select="tk:underline(tk:text-label(.), '-')"/>
    </xsl:if>
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
    <xsl:sequence select="tk:endnotes(.)"/>
  </xsl:template>

</xsl:stylesheet>
