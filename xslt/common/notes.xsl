<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: note classification and numbering (shared by HTML and text).

  Kinds of note:
    marginal  @type="marginal", or @hand, or a marginal @place (margin*, left, right, top, bottom,
              opposite, overleaf): source text in another place or hand; rendered where it stands,
              labelled with place and hand; never numbered.
    addition  @subtype="addition" (or @type="addition"): a translator's/editor's insertion, always
              rendered inline in square brackets; never numbered.
    footnote  every other note inside a text, a sourceDoc, or a fragment (a document whose root is
              a TEI element other than TEI or teiCorpus: a div, a surface...), and not inside an
              index list such as listPerson: numbered, per scope, in document order.

  The scope of a footnote (tk:note-scope) is its nearest text or sourceDoc, else the fragment's root
  element: each scope numbers its notes from 1 and has its own notes list.

  Numbering (linear): the accumulator tk:fn keeps a stack of counters, one per open <text> or
  <sourceDoc>, over a base counter for the notes of a fragment's root scope. Entering a text pushes 0,
  leaving it pops; each footnote increments the top. accumulator-before('tk:fn')[1] on a note is its
  number. The whole document is walked once, so numbering costs O(n), unlike xsl:number level="any" or
  count(preceding::note), which rescan the document for every note. Nested texts (group/text) number
  independently; notes of an outer text that fall after its group continue the outer text's own count.

  The key tk:footnotes gives the footnotes of one scope (by generate-id of the scope) in document
  order, for the notes list.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="tk:marginal-places" as="xs:string*"
    select="('left', 'right', 'top', 'bottom', 'opposite', 'overleaf', 'outer', 'inner')"/>

  <xsl:function name="tk:is-marginal" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/self::note) and (
        $n/@type = 'marginal' or exists($n/@hand)
        or (some $p in tokenize(lower-case(normalize-space($n/@place)), ' ')
            satisfies (starts-with($p, 'margin') or $p = $tk:marginal-places)))"/>
  </xsl:function>

  <xsl:function name="tk:is-addition" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/self::note) and ($n/@subtype = 'addition' or $n/@type = 'addition')"/>
  </xsl:function>

  <!-- Notes inside these are part of an index entry, not footnotes. -->
  <xsl:function name="tk:in-entity-list" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/ancestor::*[self::listPerson or self::listPlace or self::listOrg or self::listEvent
                                                 or self::person or self::personGrp or self::place or self::org or self::event])"/>
  </xsl:function>

  <!--
    tk:is-marginal, tk:is-addition and tk:in-entity-list written out: this runs for every note in the
    accumulator, the key and the templates, and each function call costs more than the tests themselves.
  -->
  <xsl:function name="tk:is-footnote" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/self::note)
                          and (exists($n/ancestor::text) or exists($n/ancestor::sourceDoc)
                               or (exists($n/parent::*) and empty(root($n)/(TEI | teiCorpus))))
                          and not($n/@type = 'marginal' or exists($n/@hand)
                                  or (some $p in tokenize(lower-case(normalize-space($n/@place)), ' ')
                                      satisfies (starts-with($p, 'margin') or $p = $tk:marginal-places)))
                          and not($n/@subtype = 'addition' or $n/@type = 'addition')
                          and empty($n/ancestor::*[self::listPerson or self::listPlace or self::listOrg or self::listEvent
                                                   or self::person or self::personGrp or self::place or self::org or self::event])"/>
  </xsl:function>

  <xsl:accumulator name="tk:fn" as="xs:integer*" initial-value="0">
    <xsl:accumulator-rule match="text | sourceDoc" phase="start" select="(0, $value)"/>
    <xsl:accumulator-rule match="text | sourceDoc" phase="end" select="tail($value)"/>
    <xsl:accumulator-rule match="note[tk:is-footnote(.)]" phase="start" select="($value[1] + 1, tail($value))"/>
  </xsl:accumulator>

  <!-- (The scope written out, as in tk:note-scope: this runs for every footnote.) -->
  <xsl:key name="tk:footnotes" match="note[tk:is-footnote(.)]" use="generate-id((ancestor::*[self::text or self::sourceDoc][1], /*)[1])"/>

  <!-- The footnote's number within its text. -->
  <xsl:function name="tk:fn-number" as="xs:integer">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="$n ! accumulator-before('tk:fn')[1]"/>
  </xsl:function>

  <!-- The text, sourceDoc or fragment root whose notes list holds this footnote. -->
  <xsl:function name="tk:note-scope" as="element()">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="($n/ancestor::*[self::text or self::sourceDoc][1], root($n)/*)[1]"/>
  </xsl:function>

  <!-- The label shown at the reference and in the list: @n when given, else the number. -->
  <xsl:function name="tk:fn-label" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="if (normalize-space($n/@n) ne '') then normalize-space($n/@n) else string(tk:fn-number($n))"/>
  </xsl:function>

  <!-- Kind word of a note: translator / editorial / author / commentary / '' (plain note). -->
  <xsl:variable name="tk:note-kinds" as="map(xs:string, xs:string)" select="map {
      'translator': 'translator', 'translation': 'translator', 'trans': 'translator',
      'editorial': 'editorial', 'editor': 'editorial', 'ed': 'editorial', 'edit': 'editorial', 'editors': 'editorial',
      'author': 'author', 'authorial': 'author', 'auth': 'author',
      'commentary': 'commentary' }"/>

  <!-- (A map lookup: general comparisons with literal sequences rebuild the sequences on every call in SaxonJS.) -->
  <xsl:function name="tk:note-kind" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="if (empty($n/@type)) then '' else string(map:get($tk:note-kinds, lower-case(normalize-space($n/@type))))"/>
  </xsl:function>

  <!-- "Translator's note", "Editor's note", "Note". -->
  <xsl:function name="tk:note-type-label" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:variable name="k" select="tk:note-kind($n)"/>
    <xsl:sequence select="if ($k ne '') then tk:label('note-' || $k) else tk:label('note')"/>
  </xsl:function>

  <!-- Place of a marginal note in words ("bottom of the page", "left margin"); '' when none. -->
  <xsl:function name="tk:place-label" as="xs:string">
    <xsl:param name="place" as="xs:string?"/>
    <xsl:variable name="p" select="replace(lower-case(tokenize(normalize-space($place), ' ')[1]), '[-_\s]', '')"/>
    <xsl:variable name="k" select="
      if ($p eq '') then ''
      else if ($p = ('left', 'marginleft', 'leftmargin', 'marginl')) then 'left'
      else if ($p = ('right', 'marginright', 'rightmargin', 'marginr')) then 'right'
      else if ($p = ('top', 'margintop', 'topmargin', 'head', 'header')) then 'top'
      else if ($p = ('bottom', 'marginbottom', 'bottommargin', 'footer')) then 'bottom'
      else if ($p = ('inner', 'margininner')) then 'inner'
      else if ($p = ('outer', 'marginouter')) then 'outer'
      else if ($p = ('margin', 'marg', 'margins')) then 'margin'
      else if ($p = ('opposite', 'overleaf', 'above', 'below', 'inline', 'interlinear', 'foot', 'end')) then $p
      else ''"/>
    <xsl:sequence select="if ($k ne '') then tk:label('place-' || $k) else normalize-space($place)"/>
  </xsl:function>

  <!-- Label of a marginal note: "Marginal note, bottom of the page, hand of A. Kalinin". -->
  <xsl:function name="tk:marginal-label" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:variable name="hand" select="if ($n/@hand) then tk:hand-phrase($n, string($n/@hand)) else ''"/>
    <xsl:sequence select="string-join((tk:marginal-heading($n), $hand[. ne '']), ', ')"/>
  </xsl:function>

  <!-- What a marginal note is called: its own label, else "Marginal note" and the place. -->
  <xsl:function name="tk:marginal-heading" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:variable name="own" select="tk:own-label($n)"/>
    <xsl:variable name="place" select="tk:place-label(string($n/@place))"/>
    <xsl:sequence select="if (exists($own)) then normalize-space($own)
                          else string-join((tk:label('marginal-note'), $place[. ne '']), ', ')"/>
  </xsl:function>

  <!--
    A note's own label: a <label> before any text of the note, as importers write the archive's wording
    ("Handwritten note at the bottom of the first page"). Renderings show it instead of a label of their own.
  -->
  <xsl:function name="tk:own-label" as="element(label)?">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="$n/*[1][self::label][not(preceding-sibling::text()[normalize-space()])]"/>
  </xsl:function>

</xsl:stylesheet>
