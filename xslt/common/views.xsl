<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: views (reading / diplomatic).
    - tk:chosen(choice): the child of a choice that the view shows
    - tk:hidden(element): whether the view leaves this element out of the text flow
      (its text then goes to a tooltip / data attribute)
    - tk:visible(node): whether the node is rendered as an element in the text flow (ids exist)
    - mode tk:plain + tk:plain(): a plain-text rendering for tooltips, titles and the table of
      contents; notes are left out, the view is applied.
  Expects global parameters $view ('reading' | 'diplomatic') and $notes, and $gap-style.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="tk:diplomatic" as="xs:boolean" select="$view eq 'diplomatic'"/>

  <!-- The child of a choice shown by the current view. -->
  <xsl:function name="tk:chosen" as="element()?">
    <xsl:param name="c" as="element()"/>
    <xsl:sequence select="
      if ($tk:diplomatic)
      then ($c/sic, $c/orig, $c/abbr, $c/*[not(self::corr or self::reg or self::expan)], $c/*)[1]
      else ($c/corr, $c/reg, $c/expan, $c/*[not(self::sic or self::orig or self::abbr)], $c/*)[1]"/>
  </xsl:function>

  <!-- The reading of an apparatus entry shown in the text. -->
  <xsl:function name="tk:app-shown" as="element()?">
    <xsl:param name="a" as="element()"/>
    <xsl:sequence select="($a/lem, $a/rdg, $a/rdgGrp)[1]"/>
  </xsl:function>

  <!--
    Elements the view leaves out of the text flow. Their content is not rendered as elements
    (no ids are emitted for anything inside them); their text is kept in tooltips.
  -->
  <xsl:function name="tk:hidden" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
         ($e/parent::choice and not($e is tk:chosen($e/..)))
      or ($e/parent::app and not($e is tk:app-shown($e/..)))
      or ($e/parent::rdgGrp and $e/parent::rdgGrp/parent::app and not($e/.. is tk:app-shown($e/../..)))
      or (not($tk:diplomatic) and ($e/self::del or $e/self::am))
      or ($tk:diplomatic and $e/self::ex)
      or exists($e/parent::gap) or exists($e/self::figDesc)
      or ($notes eq 'none' and tk:is-footnote($e))"/>
  </xsl:function>

  <!--
    Whether a sourceDoc has anything to render: a TEI element or text (XIncludes not yet resolved do not
    count; they are left for the XInclude step).
  -->
  <xsl:function name="tk:has-source" as="xs:boolean">
    <xsl:param name="s" as="element()"/>
    <xsl:sequence select="exists($s/tei:*) or exists($s/text()[normalize-space()])"/>
  </xsl:function>

  <!--
    Whether a node is rendered (as elements, with ids) in the text flow of the current view: inside a
    text, a sourceDoc, or anywhere in a fragment (a document whose root is not TEI or teiCorpus). Only the
    elements tk:hidden can be true for are passed to it (one function call per candidate, not per ancestor).
  -->
  <xsl:function name="tk:visible" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="(exists($n/ancestor-or-self::text) or exists($n/ancestor-or-self::sourceDoc)
                           or empty(root($n)/(TEI | teiCorpus)))
                          and empty($n/ancestor-or-self::teiHeader)
                          and empty($n/ancestor::*[self::person or self::personGrp or self::place or self::org or self::event])
                          and not(some $a in $n/ancestor-or-self::*[parent::choice or parent::app or parent::rdgGrp
                                                                    or parent::gap or self::del or self::am or self::ex
                                                                    or self::figDesc or self::note]
                                  satisfies tk:hidden($a))"/>
  </xsl:function>

  <!-- ===== plain text (tooltips, titles, table of contents) ===== -->

  <xsl:function name="tk:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="s">
      <xsl:apply-templates select="$nodes" mode="tk:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space($s)"/>
  </xsl:function>

  <!-- Plain text of the whole content, ignoring views (for the "other reading" of a choice). -->
  <xsl:function name="tk:plain-content" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="tk:plain($e/node())"/>
  </xsl:function>

  <xsl:template match="text()" mode="tk:plain">
    <xsl:value-of select="tk:ws-text(.)"/>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="tk:plain"/>
  <xsl:template match="*" mode="tk:plain">
    <xsl:apply-templates mode="tk:plain"/>
  </xsl:template>

  <xsl:template match="choice" mode="tk:plain">
    <xsl:apply-templates select="tk:chosen(.)" mode="tk:plain"/>
  </xsl:template>
  <xsl:template match="app" mode="tk:plain">
    <xsl:apply-templates select="tk:app-shown(.), node()[not(self::lem or self::rdg or self::rdgGrp)]" mode="tk:plain"/>
  </xsl:template>
  <xsl:template match="del | am" mode="tk:plain">
    <xsl:if test="$tk:diplomatic"><xsl:apply-templates mode="tk:plain"/></xsl:if>
  </xsl:template>
  <xsl:template match="ex" mode="tk:plain">
    <xsl:if test="not($tk:diplomatic)"><xsl:apply-templates mode="tk:plain"/></xsl:if>
  </xsl:template>
  <xsl:template match="note" mode="tk:plain">
    <xsl:if test="tk:is-addition(.)">
      <xsl:text> [</xsl:text><xsl:apply-templates mode="tk:plain"/><xsl:text>] </xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template match="gap" mode="tk:plain">
    <xsl:value-of select="tk:gap-display(.)"/>
  </xsl:template>
  <xsl:template match="lb | pb | cb | gb" mode="tk:plain">
    <xsl:if test="not(tk:is-nobreak(.))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="space" mode="tk:plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="figure" mode="tk:plain">
    <xsl:text> [</xsl:text>
    <xsl:value-of select="tk:figure-label(.)"/>
    <xsl:text>] </xsl:text>
  </xsl:template>
  <xsl:template match="supplied" mode="tk:plain">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="tk:plain"/><xsl:text>]</xsl:text>
  </xsl:template>
  <xsl:template match="p | ab | head | l | item | cell | div | lg | sp | speaker | stage | closer | opener | salute | signed | dateline | addrLine | line | zone" mode="tk:plain">
    <xsl:text> </xsl:text><xsl:apply-templates mode="tk:plain"/><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="listPerson | listPlace | listOrg | listEvent | teiHeader | standOff | facsimile" mode="tk:plain"/>

  <!-- Text shown for a figure without a graphic: its description, head or type. -->
  <xsl:function name="tk:figure-label" as="xs:string">
    <xsl:param name="f" as="element()"/>
    <xsl:variable name="d" select="normalize-space(string-join(($f/figDesc, $f/desc)//text(), ' '))"/>
    <xsl:variable name="h" select="normalize-space(string-join($f/head//text(), ' '))"/>
    <xsl:sequence select="
      if ($d ne '' and $h ne '') then $h || ': ' || $d
      else if ($d ne '') then $d
      else if ($h ne '') then $h
      else if ($f/@type = 'signature') then tk:label('signature')
      else if ($f/@type) then string($f/@type)
      else tk:label('figure')"/>
  </xsl:function>

</xsl:stylesheet>
