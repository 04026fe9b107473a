<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: letters and documents (opener, closer, salute, signed, dateline, postscript,
  address, stamp, signatures). Blocks become <div class="tei-{name}"> (styled in page.xsl's CSS);
  inside a paragraph they become <span class="tk-b">.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- opener, closer, salute, signed, dateline, postscript, address, addrLine, byline, docTitle,
       titlePart, docAuthor, docDate, docImprint, trailer, epigraph, argument: blocks of the generic
       template in core.xsl (listed in $tk:block-names). -->

  <!-- A stamp: boxed; "Stamp:" for screen readers, its type in the tooltip. -->
  <xsl:template match="stamp">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="tk:label('stamp') || (if (@type) then ' (' || normalize-space(@type) || ')' else '')"/>
      <xsl:with-param name="before" as="node()*">
        <span class="tk-sr"><xsl:value-of select="tk:label('stamp')"/>: </span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="seg[@type = 'signature'] | signature">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="class" select="'tk-signature'"/>
      <xsl:with-param name="title" select="tk:label('signature')"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
