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
  the title names), its image as "[Image <url>]"; each zone is a block, headed by its label unless it is
  the main zone ("[Left margin]"), each line one line, a vertical space a blank line. Inside a sourceDoc or a
  surface page: see "Embedded transcriptions" below (deletions ⟦ ⟧, additions \above/ and /below\, labels in
  words before a colon inside the signs, spans opened and closed at their anchor).
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

  <!-- Indentation inside a change within a word, in the reading view: see html/transcription.xsl. -->
  <xsl:template match="text()[not($tk:diplomatic)][not(normalize-space())][parent::*[self::mod or self::subst][tk:in-word(.)]]
                             [not(ancestor::*[@xml:space][1]/@xml:space = 'preserve')]" mode="tk:t" priority="4"/>

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

  <xsl:template match="surfaceGrp" mode="tk:b">
    <xsl:sequence select="tk:line-blocks(node())"/>
  </xsl:template>

  <!-- A zone: its blocks, the first one headed by the zone's label unless it is the main zone ("[Left margin]"). -->
  <xsl:template match="zone" mode="tk:b">
    <xsl:variable name="words" select="(tk:zone-label(.)[. ne ''], if ($tk:diplomatic) then tk:hand-words(.) else ())"/>
    <xsl:variable name="blocks" select="tk:line-blocks(node())"/>
    <xsl:variable name="label" select="if (exists($words)) then '[' || tk:ucfirst(string-join($words, ', ')) || ']' else ''"/>
    <xsl:variable name="ends" select="if ($tk:dt-spans and @xml:id) then tk:span-closers(.) else ''"/>
    <xsl:sequence select="
      if ($label eq '' and $ends eq '') then $blocks
      else (string-join(($ends[. ne ''], $label[. ne ''], $blocks[1]), '&#10;'), tail($blocks))"/>
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

  <!--
    A line (as tk:line-blocks renders each, and a line met inside a phrase, in an addition): its text, then a new
    line; its hand first in the diplomatic form.
  -->
  <xsl:template match="line" mode="tk:t">
    <xsl:if test="$tk:dt-spans and @xml:id"><xsl:value-of select="tk:span-closers(.)"/></xsl:if>
    <xsl:if test="$tk:diplomatic and @hand">
      <xsl:value-of select="'[' || tk:label('hand') || ': ' || string-join(tk:hand-words(.), ', ') || '] '"/>
    </xsl:if>
    <xsl:apply-templates mode="tk:t"/>
    <xsl:value-of select="$tk:NL"/>
  </xsl:template>

  <!--
    Embedded transcriptions (in a sourceDoc or a surface page). The reading form leaves deletions out (a restored one
    in) and additions in, unmarked. The diplomatic form keeps deletions in ⟦ ⟧ and marks additions \above/,
    /below\ and \in the line/, and says in words what the HTML's labels say, before a colon inside the signs:
    "⟦overwritten: Of⟧", "\left margin, Percy Shelley: text/", "[insertion mark: ^]", "[retraced: sweet]".
    A deletion by delSpan is kept in both forms, between ⟦ and ⟧ (see html/transcription.xsl for why).
  -->
  <xsl:function name="tk:signed" as="xs:string">
    <xsl:param name="open" as="xs:string"/>
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="content" as="xs:string"/>
    <xsl:param name="close" as="xs:string"/>
    <xsl:variable name="t" select="replace($content, '^\s+|\s+$', '')"/>
    <xsl:sequence select="(if (matches($content, '^\s')) then ' ' else '')
                          || $open || (if (exists($words)) then string-join($words, ', ') || (if ($t ne '') then ': ' else '') else '')
                          || $t || $close || (if (matches($content, '\s$')) then ' ' else '')"/>
  </xsl:function>

  <xsl:template match="add[ancestor::sourceDoc or ancestor::surface]" mode="tk:t" priority="1">
    <xsl:choose>
      <xsl:when test="$tk:diplomatic">
        <xsl:variable name="c"><xsl:apply-templates mode="tk:t"/></xsl:variable>
        <xsl:variable name="below" select="tk:add-position(.) eq 'below'"/>
        <xsl:value-of select="tk:signed(if ($below) then '/' else '\', tk:add-words(.), string($c), if ($below) then '\' else '/')"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="tk:t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="del[ancestor::sourceDoc or ancestor::surface]" mode="tk:t" priority="1">
    <xsl:choose>
      <xsl:when test="$tk:diplomatic">
        <xsl:variable name="c"><xsl:apply-templates mode="tk:t"/></xsl:variable>
        <xsl:value-of select="tk:signed('⟦', tk:del-words(.), string($c), '⟧')"/>
      </xsl:when>
      <xsl:when test="ancestor::restore"><xsl:apply-templates mode="tk:t"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="(mod | retrace | restore | damage | metamark)[$tk:diplomatic][ancestor::sourceDoc or ancestor::surface]" mode="tk:t" priority="1">
    <xsl:variable name="words" select="(
      if (self::retrace) then tk:label('retraced')
      else if (self::restore) then tk:label('restored')
      else if (self::damage) then (tk:label('damage'), (@agent, @type) ! tk:own-words(.))
      else if (self::metamark) then tk:metamark-label(.)
      else (),
      tk:hand-words(.))"/>
    <xsl:variable name="c"><xsl:apply-templates mode="tk:t"/></xsl:variable>
    <xsl:variable name="s" select="if (self::metamark and not(normalize-space($c))) then tk:metamark-sign(.) else string($c)"/>
    <xsl:value-of select="if (exists($words)) then tk:signed('[', $words, $s, ']') else $s"/>
  </xsl:template>

  <xsl:template match="handShift[$tk:diplomatic][ancestor::sourceDoc or ancestor::surface]" mode="tk:t" priority="1">
    <xsl:variable name="who" select="
      if (@new) then tk:hand-name(., string(@new))
      else if (@scribeRef) then tk:hand-name(., string(@scribeRef))
      else if (starts-with(normalize-space(@scribe), '#')) then tk:hand-name(., string(@scribe))
      else normalize-space(@scribe)"/>
    <xsl:variable name="words" select="string-join(($who, normalize-space(@medium), normalize-space(@script))[. ne ''], ', ')"/>
    <xsl:value-of select="' [' || tk:label('hand') || (if ($words ne '') then ': ' || $words else '') || '] '"/>
  </xsl:template>

  <!--
    Spans whose anchor is found: the opening sign at the span element, the closing one at its anchor; a span element
    or anchor that stands between lines (in a zone, not in a line) is a line of its own in words: "[deletion begins,
    vertical line]", "[deletion ends]".
  -->
  <xsl:template match="(addSpan | delSpan | damageSpan)[ancestor::sourceDoc or ancestor::surface]" mode="tk:t" priority="1">
    <xsl:variable name="kind" select="tk:span-kind(.)"/>
    <xsl:if test="exists(tk:span-end(.)) and ($tk:diplomatic or $kind eq 'del')">
      <xsl:variable name="words" select="if ($kind eq 'del') then tk:del-words(.) else if ($kind eq 'add') then tk:add-words(.)
                                         else (tk:label('damage'), (@agent, @type) ! tk:own-words(.), tk:hand-words(.))"/>
      <xsl:value-of select="
        if (tk:between-lines(.)) then '[' || string-join((tk:label('span-' || $kind || '-begins'), $words), ', ') || ']'
        else (if ($kind eq 'del') then '⟦' else if ($kind eq 'damage') then '[' else if (tk:add-position(.) eq 'below') then '/' else '\')
             || (if (exists($words)) then string-join($words, ', ') || ': ' else '')"/>
    </xsl:if>
  </xsl:template>

  <!-- Whether an element stands between the lines of a zone or surface (not in a line). -->
  <xsl:function name="tk:between-lines" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/parent::*[self::zone or self::surface or self::surfaceGrp or self::sourceDoc])"/>
  </xsl:function>

  <!-- The closing signs of the spans that end at an element (innermost first). -->
  <xsl:function name="tk:span-closers" as="xs:string">
    <xsl:param name="here" as="element()"/>
    <xsl:sequence select="string-join(
      for $s in reverse(key('tk:span-to', '#' || $here/@xml:id, root($here))[tk:span-kind(.) = ('del', 'add', 'damage')][not(self::milestone)]
                                      [ancestor::sourceDoc or ancestor-or-self::surface][tk:span-end(.) is $here]),
          $kind in tk:span-kind($s)
      return if ($kind ne 'del' and not($tk:diplomatic)) then ''
             else if (tk:between-lines($s) or tk:between-lines($here) or $here/self::line or $here/self::zone)
               then '[' || tk:label('span-' || $kind || '-ends') || ']'
             else if ($kind eq 'del') then '⟧'
             else if ($kind eq 'damage') then ']'
             else if (tk:add-position($s) eq 'below') then '\' else '/', '')"/>
  </xsl:function>

  <xsl:template match="anchor[@xml:id][$tk:dt-spans]" mode="tk:t" priority="1">
    <xsl:apply-templates mode="tk:t"/>
    <xsl:value-of select="tk:span-closers(.)"/>
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
