<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: gap descriptions (shared by HTML and text).
    tk:gap-description(gap)  generated wording from @reason, @quantity/@unit, @atLeast/@atMost,
                             @extent: "several words unreadable: faded", "2–3 lines lost: faded",
                             "1 word illegible", "3 characters lost"
    tk:gap-leiden(gap)       Leiden-style sign: [...] for unknown extent, [.3]/[...] for counted
                             characters, [– – –] for lines
    tk:gap-display(gap)      what the text shows for the gap under $gap-style:
                             leiden → the Leiden sign; descriptive → "[" desc "]" when the gap has a
                             desc (the source's own wording), else "[" generated description "]"
  Also the unit/extent helpers used by space and damage.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Normalised unit key: char, word, line, page, leaf, column, cm, mm, or the unit itself. -->
  <xsl:function name="tk:unit-key" as="xs:string">
    <xsl:param name="unit" as="xs:string?"/>
    <xsl:variable name="u" select="lower-case(normalize-space($unit))"/>
    <xsl:sequence select="
      if ($u = ('char', 'chars', 'character', 'characters', 'letter', 'letters', 'glyph', 'glyphs', 'akshara', 'aksharas')) then 'char'
      else if ($u = ('word', 'words')) then 'word'
      else if ($u = ('line', 'lines')) then 'line'
      else if ($u = ('page', 'pages')) then 'page'
      else if ($u = ('leaf', 'leaves', 'folio', 'folios')) then 'leaf'
      else if ($u = ('column', 'columns', 'col')) then 'column'
      else if ($u = ('cm', 'mm')) then $u
      else $u"/>
  </xsl:function>

  <!-- "1 word", "3 characters", "2–3 lines"; unknown units are given as they stand. -->
  <xsl:function name="tk:unit-phrase" as="xs:string">
    <xsl:param name="count" as="xs:string"/>
    <xsl:param name="unit" as="xs:string?"/>
    <xsl:variable name="k" select="tk:unit-key($unit)"/>
    <xsl:variable name="one" select="$count = ('1', '1.0')"/>
    <xsl:variable name="word" select="
      if ($k eq '') then ''
      else if (tk:has-label('unit-' || $k)) then tk:label(if ($one) then 'unit-' || $k else 'unit-' || $k || 's')
      else $unit"/>
    <xsl:sequence select="normalize-space($count || ' ' || $word)"/>
  </xsl:function>

  <!-- The extent of a gap/space/damage as words ('' when nothing is said). -->
  <xsl:function name="tk:extent-phrase" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="unit" select="string(($e/@unit, $e/@dim[. = 'vertical'] ! 'lines')[1])"/>
    <xsl:variable name="k" select="tk:unit-key($unit)"/>
    <xsl:sequence select="
      if ($e/@atLeast and $e/@atMost and string($e/@atLeast) ne string($e/@atMost))
        then tk:unit-phrase(normalize-space($e/@atLeast) || '–' || normalize-space($e/@atMost), $unit)
      else if (normalize-space($e/@quantity) ne '')
        then tk:unit-phrase(normalize-space($e/@quantity), $unit)
      else if ($e/@atLeast and $e/@atMost)
        then tk:unit-phrase(normalize-space($e/@atLeast), $unit)
      else if ($e/@atLeast)
        then 'at least ' || tk:unit-phrase(normalize-space($e/@atLeast), $unit)
      else if ($e/@atMost)
        then 'at most ' || tk:unit-phrase(normalize-space($e/@atMost), $unit)
      else if (lower-case(normalize-space($e/@extent)) = ('unknown', '?', 'unk'))
        then (if ($k ne '' and tk:has-label('unit-' || $k || 's'))
              then tk:label('gap-unknown-number') || ' ' || tk:label('unit-' || $k || 's')
              else tk:label('gap-unknown-extent'))
      else if (normalize-space($e/@extent) castable as xs:decimal and $k ne '')
        then tk:unit-phrase(normalize-space($e/@extent), $unit)
      else if (normalize-space($e/@extent) ne '')
        then normalize-space($e/@extent)
      else if ($k ne '' and tk:has-label('unit-' || $k || 's'))
        then tk:label('unit-' || $k || 's')
      else ''"/>
  </xsl:function>

  <xsl:function name="tk:gap-description" as="xs:string">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="reasons" select="tokenize(lower-case(normalize-space($g/@reason)), ' ')"/>
    <xsl:variable name="unit" select="tk:unit-key(string($g/@unit))"/>
    <xsl:variable name="extent" select="tk:extent-phrase($g)"/>
    <xsl:variable name="verb" select="
      if ($reasons = 'illegible') then tk:label('gap-illegible')
      else if ($reasons = 'lost') then tk:label('gap-lost')
      else if ($reasons = ('omitted', 'irrelevant', 'sampling', 'editorial', 'cancelled', 'unknown')) then tk:label('gap-omitted')
      else if (empty($reasons)) then tk:label('gap-missing')
      else if ($unit = ('line', 'page', 'leaf', 'column') or $reasons = ('damage', 'damaged', 'hole', 'torn'))
        then tk:label('gap-lost')
      else tk:label('gap-unreadable')"/>
    <xsl:variable name="why" select="$reasons[not(. = ('illegible', 'lost', 'omitted', 'unknown'))]"/>
    <xsl:sequence select="normalize-space(
        (if ($extent ne '') then $extent else tk:label('gap-text'))
        || ' ' || $verb
        || (if (exists($why)) then ': ' || string-join($why, ', ') else ''))"/>
  </xsl:function>

  <xsl:function name="tk:gap-leiden" as="xs:string">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="unit" select="tk:unit-key(string($g/@unit))"/>
    <xsl:variable name="q" select="normalize-space($g/@quantity)"/>
    <xsl:sequence select="
      if ($unit eq 'char' and $q castable as xs:integer and xs:integer($q) ge 1 and xs:integer($q) le 4)
        then '[' || string-join((1 to xs:integer($q)) ! '.', '') || ']'
      else if ($unit eq 'char' and $q castable as xs:integer)
        then '[.' || $q || ']'
      else if ($unit eq 'char' and $g/@atLeast and $g/@atMost)
        then '[.' || normalize-space($g/@atLeast) || '–' || normalize-space($g/@atMost) || ']'
      else if ($unit = ('line', 'page', 'leaf', 'column')) then '[– – –]'
      else '[…]'"/>
  </xsl:function>

  <xsl:function name="tk:gap-display" as="xs:string">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="desc" select="normalize-space(string-join($g/desc//text(), ''))"/>
    <xsl:sequence select="
      if ($gap-style eq 'descriptive')
      then '[' || (if ($desc ne '') then $desc else tk:gap-description($g)) || ']'
      else tk:gap-leiden($g)"/>
  </xsl:function>

  <!-- Tooltip / aria-label for a gap: the generated description, and the source wording when it differs. -->
  <xsl:function name="tk:gap-title" as="xs:string">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="desc" select="normalize-space(string-join($g/desc//text(), ''))"/>
    <xsl:variable name="gen" select="tk:gap-description($g)"/>
    <xsl:sequence select="if ($desc ne '' and $desc ne $gen) then $gen || ' (' || $desc || ')' else $gen"/>
  </xsl:function>

  <!-- "unclear: faded (low certainty)" and similar. -->
  <xsl:function name="tk:cert-phrase" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="c" select="lower-case(normalize-space($e/@cert))"/>
    <xsl:sequence select="if ($c = ('low', 'medium', 'high')) then ' (' || tk:label($c || '-certainty') || ')' else ''"/>
  </xsl:function>

  <xsl:function name="tk:reason-phrase" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="r" select="normalize-space(string-join(($e/@reason, $e/@agent, $e/@cause), ', '))"/>
    <xsl:sequence select="$label || (if ($r ne '') then ': ' || $r else '') || tk:cert-phrase($e)"/>
  </xsl:function>

</xsl:stylesheet>
