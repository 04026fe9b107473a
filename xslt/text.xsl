<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: TEI P5 to plain text (UTF-8). Entry stylesheet: parameters, output, and the modules.
  Compile: xslt3 -xsl:xslt/text.xsl -export:text.sef.json -nogo -relocate:on -ns:##html5

  Parameters (pass by name; all xs:string):
    view       'reading' (default) | 'diplomatic'
    gap-style  'leiden' (default: "[...]") | 'descriptive' (the gap's desc, else a generated
               description: "[1 word illegible]")
    notes      'end' (default: "[1]" markers and a Notes section per text) | 'inline'
               ("[Translator's note: …]") | 'none'   ('foot' is accepted as 'end')
    lang       UI language of generated labels, default 'en'
    source-name  the input's file name without its folder, default '' (toText fills it from the file
               option): the title of a fragment (a root such as div or surface) that has no head,
               @n or @xml:id
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="common/labels.xsl"/>
  <xsl:import href="common/functions.xsl"/>
  <xsl:import href="common/views.xsl"/>
  <xsl:import href="common/gaps.xsl"/>
  <xsl:import href="common/notes.xsl"/>
  <xsl:import href="common/entities.xsl"/>
  <xsl:import href="text/core.xsl"/>
  <xsl:import href="text/transcription.xsl"/>
  <xsl:import href="text/notes.xsl"/>
  <xsl:import href="text/page.xsl"/>

  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <xsl:param name="gap-style" as="xs:string" select="'leiden'"/>
  <xsl:param name="notes" as="xs:string" select="'end'"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="source-name" as="xs:string" select="''"/>

  <xsl:output method="text" encoding="UTF-8"/>

</xsl:stylesheet>
