<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: TEI P5 to HTML5. Entry stylesheet: parameters, output, and the modules.
  Compile: xslt3 -xsl:xslt/html.xsl -export:html.sef.json -nogo -relocate:on -ns:##html5

  Parameters (pass by name; all xs:string except fragment):
    view       'reading' (default) | 'diplomatic'
    layout     'parallel' (default) | 'sequential' | 'facsimile' (each page's text beside its image, from
               pb/@facs and the facsimile; a document without page images renders as sequential)
    notes      'foot' (default) | 'inline' | 'none'
    fragment   xs:boolean, default false(): true gives only <article class="tei-edition">
    gap-style  'leiden' (default) | 'descriptive'
    lang       UI language of generated labels, default 'en'
    source-name  the input's file name without its folder, default '' (toHtml fills it from the file
               option): the title of a fragment (a root such as div or surface) that has no head,
               @n or @xml:id
  A value outside these raises error tk:param ("teikit: parameter view must be ...").
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
  <xsl:import href="common/facsimile.xsl"/>
  <xsl:import href="html/core.xsl"/>
  <xsl:import href="html/transcription.xsl"/>
  <xsl:import href="html/notes.xsl"/>
  <xsl:import href="html/names.xsl"/>
  <xsl:import href="html/letters.xsl"/>
  <xsl:import href="html/layout.xsl"/>
  <xsl:import href="html/header.xsl"/>
  <xsl:import href="html/facsimile.xsl"/>
  <xsl:import href="html/page.xsl"/>

  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <xsl:param name="layout" as="xs:string" select="'parallel'"/>
  <xsl:param name="notes" as="xs:string" select="'foot'"/>
  <xsl:param name="fragment" as="xs:boolean" select="false()"/>
  <xsl:param name="gap-style" as="xs:string" select="'leiden'"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>
  <xsl:param name="source-name" as="xs:string" select="''"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

</xsl:stylesheet>
