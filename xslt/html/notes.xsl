<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: notes.
    footnotes   notes='foot': <sup class="tk-noteref"><a href="#fn-{text}-{n}" id="fnref-{text}-{n}"
                role="doc-noteref">n</a></sup> in the text, and per text a <section class="tk-notes">
                with an <ol class="tk-footnotes"> whose items carry a back link (role="doc-backlink").
                notes='inline': "[Translator's note: …]" in place. notes='none': nothing.
    additions   @subtype="addition": always inline, in square brackets: "[YePSRK]".
    marginalia  <aside role="note"> (floated into the margin by CSS) in block context, a
                <span class="tk-marginal tk-b"> inside a paragraph; labelled with place and hand.
  Numbers come from the accumulator in common/notes.xsl (linear).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- "{html id of the note's scope (its text)}-{number}": the footnote's part of fn-… and fnref-… ids. -->
  <xsl:function name="tk:fn-key" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="tk:html-id(tk:note-scope($n)) || '-' || $n ! accumulator-before('tk:fn')[1]"/>
  </xsl:function>

  <xsl:function name="tk:fn-id" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="'fn-' || tk:fn-key($n)"/>
  </xsl:function>

  <xsl:function name="tk:fnref-id" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="'fnref-' || tk:fn-key($n)"/>
  </xsl:function>

  <xsl:function name="tk:note-classes" as="xs:string*">
    <xsl:param name="n" as="element()"/>
    <xsl:variable name="k" select="tk:note-kind($n)"/>
    <xsl:sequence select="('note-' || (if ($k ne '') then $k else 'plain'))"/>
  </xsl:function>

  <xsl:template match="note">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="tk:is-marginal(.)">
        <xsl:call-template name="tk:marginal"/>
      </xsl:when>
      <xsl:when test="tk:is-addition(.)">
        <span>
          <xsl:sequence select="tk:attrs(., ('tk-addition', tk:note-classes(.)))"/>
          <xsl:attribute name="title" select="tk:note-type-label(.) || ' (' || lower-case(tk:label('note-addition')) || ')'"/>
          <xsl:text>[</xsl:text>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
          <xsl:text>]</xsl:text>
        </span>
      </xsl:when>
      <xsl:when test="$notes eq 'none' and tk:is-footnote(.)"/>
      <xsl:when test="$notes eq 'inline' and tk:is-footnote(.)">
        <span>
          <xsl:sequence select="tk:attrs(., ('tk-note-inline', tk:note-classes(.)))"/>
          <xsl:text>[</xsl:text>
          <span class="tk-note-type"><xsl:value-of select="tk:note-type-label(.)"/>:</span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates>
            <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
          <xsl:text>]</xsl:text>
        </span>
      </xsl:when>
      <xsl:when test="tk:is-footnote(.)">
        <xsl:variable name="key" select="tk:fn-key(.)"/>
        <sup class="tk-noteref">
          <xsl:choose>
            <xsl:when test="$tk:link">
              <span id="fnref-{$key}"><xsl:value-of select="tk:fn-label(.)"/></span>
            </xsl:when>
            <xsl:otherwise>
              <a href="#fn-{$key}" id="fnref-{$key}" role="doc-noteref"
                 title="{tk:note-type-label(.)}" class="{tk:note-classes(.)}">
                <xsl:value-of select="tk:fn-label(.)"/>
              </a>
            </xsl:otherwise>
          </xsl:choose>
        </sup>
      </xsl:when>
      <xsl:otherwise>
        <!-- A note outside the text flow (header, index entry): its text in place. -->
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="tk:block-element(.)"/>
          <xsl:with-param name="class" select="tk:note-classes(.)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Marginal note: label (its own, or place; hand with a link to the hand in the About panel), then its text. -->
  <xsl:template name="tk:marginal">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="hand-el" select="if (@hand) then tk:hand-target(., string(@hand)) else ()"/>
    <xsl:variable name="hand-name" select="if (@hand) then tk:hand-name(., string(@hand)) else ''"/>
    <xsl:variable name="hand-href" select="if (exists($hand-el) and not($tk:link)) then tk:internal-href($hand-el) else ''"/>
    <xsl:variable name="p" select="tk:class-token(replace(lower-case(tokenize(normalize-space(@place), ' ')[1]), '^margin-?', ''))"/>
    <xsl:variable name="placeclass" select="'place-' || (if ($p ne '') then $p else 'margin')"/>
    <xsl:element name="{if ($tk:phr) then 'span' else 'aside'}">
      <xsl:sequence select="tk:attrs(., ('tk-marginal', if (@place) then $placeclass else (), if ($tk:phr) then 'tk-b' else ()))"/>
      <xsl:attribute name="role" select="'note'"/>
      <xsl:attribute name="aria-label" select="tk:marginal-label(.)"/>
      <span class="tk-marginal-label">
        <xsl:value-of select="tk:marginal-heading(.)"/>
        <xsl:if test="$hand-name ne ''">
          <xsl:text>, </xsl:text>
          <xsl:value-of select="tk:label('hand-of')"/>
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="$hand-href ne ''"><a href="{$hand-href}" class="tk-hand"><xsl:value-of select="$hand-name"/></a></xsl:when>
            <xsl:otherwise><span class="tk-hand"><xsl:value-of select="$hand-name"/></span></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
        <xsl:text>:</xsl:text>
      </span>
      <xsl:text> </xsl:text>
      <xsl:element name="{if ($tk:phr or empty(*[tk:is-block-name(.)])) then 'span' else 'div'}">
        <xsl:attribute name="class" select="'tk-marginal-body'"/>
        <xsl:apply-templates select="node() except tk:own-label(.)">
          <xsl:with-param name="tk:phr" tunnel="yes" select="$tk:phr or empty(*[tk:is-block-name(.)])"/>
        </xsl:apply-templates>
      </xsl:element>
    </xsl:element>
  </xsl:template>

  <!--
    The notes list of one scope: a text (its own footnotes, not those of nested texts), a sourceDoc, or
    the root of a fragment (the footnotes outside any text or sourceDoc).
    $level: heading level of the list; $heading: heading text.
  -->
  <xsl:template name="tk:notes-list">
    <xsl:param name="scope" as="element()"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="heading" as="xs:string" select="tk:label('notes')"/>
    <xsl:param name="outer-lang" as="xs:string" select="tk:lang($scope)"/>
    <xsl:variable name="fns" select="key('tk:footnotes', generate-id($scope))"/>
    <xsl:if test="exists($fns) and $notes eq 'foot'">
      <xsl:variable name="sid" select="tk:html-id($scope)"/>
      <section class="tk-notes" id="tk-notes-{$sid}" aria-labelledby="tk-nh-{$sid}">
        <xsl:sequence select="tk:lang-switch(tk:lang($scope), $outer-lang)"/>
        <xsl:call-template name="tk:heading">
          <xsl:with-param name="level" select="$level"/>
          <xsl:with-param name="id" select="'tk-nh-' || $sid"/>
          <xsl:with-param name="content" select="$heading"/>
        </xsl:call-template>
        <!-- per note: its number is its position here (the accumulator counts the same notes in the same order) -->
        <xsl:variable name="scope-lang" select="tk:lang($scope)"/>
        <xsl:variable name="scope-lang-el" select="$scope/ancestor-or-self::*[@xml:lang][1]"/>
        <ol class="tk-footnotes">
          <xsl:for-each select="$fns">
            <xsl:variable name="key" select="$sid || '-' || position()"/>
            <li id="fn-{$key}" class="{string-join(('tk-footnote', tk:note-classes(.)), ' ')}">
              <!-- a language of its own only below the text (the nearest xml:lang is not the text's) -->
              <xsl:if test="not(ancestor-or-self::*[@xml:lang][1] is $scope-lang-el)">
                <xsl:sequence select="tk:lang-switch(tk:lang(.), $scope-lang)"/>
              </xsl:if>
              <xsl:if test="@xml:id">
                <span id="{tk:html-id(.)}" class="tk-anchor"></span>
              </xsl:if>
              <span class="tk-fn-label"><xsl:value-of select="tk:fn-label(.)"/></span>
              <xsl:text> </xsl:text>
              <span class="tk-note-type"><xsl:value-of select="tk:note-type-label(.)"/>:</span>
              <xsl:text> </xsl:text>
              <xsl:variable name="block" select="exists(*[tk:is-block-name(.)])"/>
              <xsl:element name="{if ($block) then 'div' else 'span'}">
                <xsl:attribute name="class" select="'tk-fn-body'"/>
                <xsl:apply-templates>
                  <xsl:with-param name="tk:phr" tunnel="yes" select="not($block)"/>
                  <xsl:with-param name="tk:link" tunnel="yes" select="false()"/>
                  <xsl:with-param name="tk:level" tunnel="yes" select="$level"/>
                </xsl:apply-templates>
              </xsl:element>
              <xsl:if test="tk:visible(..)">
                <xsl:text> </xsl:text>
                <a href="#fnref-{$key}" role="doc-backlink" class="tk-backlink"
                   aria-label="{tk:label('back-to-ref') || ' ' || tk:fn-label(.)}">↩</a>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
