<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: views (reading / diplomatic).
    - tk:chosen(choice): the child of a choice that the view shows
    - tk:hidden(element): whether the view leaves this element out of the text flow
      (its text then goes to a tooltip / data attribute)
    - tk:visible(node): whether the node is rendered as an element in the text flow (ids exist)
    - mode tk:plain + tk:plain(): a plain-text rendering for tooltips, titles and the table of
      contents; notes are left out, the view is applied.
    - embedded transcriptions: what both outputs say about zones, lines, additions, deletions,
      metamarks and hands (fixed maps of known values), and the spans: the accumulator tk:spans
      (the spans open at each node, in one pass) and $tk:dt-spans (whether a document has any).
  Expects global parameters $view ('reading' | 'diplomatic') and $notes, and $gap-style.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
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

  <!-- ===== embedded transcriptions (sourceDoc, surface, zone, line): what both outputs say about them ===== -->

  <!--
    Every value below comes from a fixed map: a zone's @type, a line's @rend, an addition's @place, a deletion's
    @rend, a metamark's @function and @rend, a milestone's @unit. A known value gives a class and words from the
    labels; an unknown one gives its own words (a zone type, a deletion's rend, a metamark's function) or nothing
    (a line's rend, a metamark's sign); no attribute value ever reaches CSS. Keys are the values lower-cased without
    "-", "_" and spaces. Looked up in maps (general comparisons with literal sequences rebuild them on every call).
  -->
  <xsl:variable name="tk:zone-keys" as="map(xs:string, xs:string)" select="map {
      'main': 'main', 'body': 'main', 'text': 'main', 'maintext': 'main',
      'left': 'left', 'leftmargin': 'left', 'marginleft': 'left', 'lmargin': 'left', 'marginl': 'left',
      'right': 'right', 'rightmargin': 'right', 'marginright': 'right', 'rmargin': 'right', 'marginr': 'right',
      'top': 'top', 'topmargin': 'top', 'margintop': 'top', 'head': 'top',
      'bottom': 'bottom', 'bottommargin': 'bottom', 'marginbottom': 'bottom', 'foot': 'bottom', 'footer': 'bottom',
      'margin': 'margin', 'margins': 'margin', 'marginal': 'margin', 'marginalia': 'margin',
      'pastedown': 'pastedown', 'pasteover': 'pasteover', 'pastedover': 'pasteover', 'paste': 'pasteover', 'pasteon': 'pasteover',
      'library': 'library', 'librarymarks': 'library', 'foliation': 'foliation', 'folio': 'foliation', 'folionumber': 'foliation',
      'shelfmark': 'shelfmark', 'callnumber': 'shelfmark', 'pagination': 'pagination', 'pagenumber': 'pagination',
      'catchword': 'catchword', 'header': 'header', 'runninghead': 'header', 'calculation': 'calculation',
      'calculations': 'calculation', 'sketch': 'sketch', 'doodle': 'sketch', 'drawing': 'drawing', 'stamp': 'stamp',
      'column': 'column', 'note': 'note', 'notes': 'note' }"/>

  <xsl:variable name="tk:line-rends" as="map(xs:string, xs:string)" select="map {
      'indent': 'tk-indent-1', 'indent1': 'tk-indent-1', 'indent2': 'tk-indent-2', 'indent3': 'tk-indent-3',
      'indent4': 'tk-indent-4', 'indent5': 'tk-indent-5', 'indent6': 'tk-indent-6', 'indent7': 'tk-indent-7',
      'indent8': 'tk-indent-8', 'indent9': 'tk-indent-9',
      'center': 'tk-line-center', 'centre': 'tk-line-center', 'centered': 'tk-line-center', 'centred': 'tk-line-center',
      'aligncenter': 'tk-line-center', 'right': 'tk-line-right', 'alignright': 'tk-line-right', 'flushright': 'tk-line-right' }"/>

  <!-- Where an addition stands: above, below or in the line; anything else is placed in words (tk:place-label). -->
  <xsl:variable name="tk:add-places" as="map(xs:string, xs:string)" select="map {
      'above': 'above', 'superlinear': 'above', 'supralinear': 'above', 'over': 'above', 'interlinear': 'above',
      'aboveline': 'above', 'overline': 'above',
      'below': 'below', 'sublinear': 'below', 'infralinear': 'below', 'under': 'below', 'beneath': 'below',
      'belowline': 'below', 'underline': 'below',
      'inline': 'inline', 'intralinear': 'inline', 'inspace': 'inline', 'linear': 'inline' }"/>

  <xsl:variable name="tk:del-rends" as="map(xs:string, xs:string)" select="map {
      'strikethrough': 'strike', 'strike': 'strike', 'struck': 'strike', 'linethrough': 'strike', 'overstrike': 'strike',
      'crossed': 'strike', 'crossedout': 'strike', 'crossout': 'strike', 'strikeout': 'strike', 'stroke': 'strike',
      'doublestrikethrough': 'strike',
      'overwritten': 'overwritten', 'overwrite': 'overwritten', 'overwriting': 'overwritten', 'writtenover': 'overwritten',
      'erased': 'erased', 'erasure': 'erased', 'rasura': 'erased', 'scraped': 'erased', 'scratched': 'erased',
      'unmarked': 'unmarked', 'none': 'unmarked',
      'smear': 'smear', 'smeared': 'smear', 'smudge': 'smear', 'smudged': 'smear', 'wiped': 'smear',
      'smearstrikethrough': 'smear', 'verticalline': 'vertical', 'vertical': 'vertical',
      'bracketed': 'bracketed', 'brackets': 'bracketed', 'bracket': 'bracketed' }"/>

  <xsl:variable name="tk:mm-functions" as="map(xs:string, xs:string)" select="map {
      'count': 'count', 'insert': 'insert', 'insertion': 'insert', 'caret': 'insert',
      'separate': 'separate', 'separation': 'separate', 'separator': 'separate', 'paragraph': 'paragraph',
      'displacement': 'displacement', 'displace': 'displacement', 'move': 'displacement',
      'transpose': 'transpose', 'transposition': 'transpose', 'sequence': 'sequence', 'order': 'sequence',
      'alternate': 'alternate', 'alternative': 'alternate', 'unclear': 'unclear',
      'mathoperation': 'calculation', 'calculation': 'calculation', 'sum': 'calculation',
      'delete': 'delete', 'deletion': 'delete', 'cancel': 'delete', 'cancellation': 'delete',
      'marginal': 'marginal', 'margin': 'marginal', 'stet': 'stet', 'restore': 'stet' }"/>

  <!-- The sign shown for a metamark that has no content of its own, by its @rend (ordinary characters only). -->
  <xsl:variable name="tk:mm-signs" as="map(xs:string, xs:string)" select="map {
      'caret': '^', 'leftcaret': '&lt;', 'line': '—', 'shortline': '—', 'wavyshortline': '~', 'waveyshortline': '~',
      'horizontalline': '—', 'verticalline': '|', 'shortverticalline': '|', 'topleftbracket': '[', 'leftbracket': '[',
      'bracket': '[', 'leftbracketshortline': '[', 'rightbracket': ']', 'cross': '×', 'x': '×', 'star': '*',
      'asterisk': '*', 'arrow': '→', 'hash': '#' }"/>

  <!-- Units of a milestone whose @spanTo marks a stretch of text ("tei:speaker": the speaker's name). -->
  <xsl:variable name="tk:span-units" as="map(xs:string, xs:boolean)" select="map:merge(
      ('speaker', 'stage', 'head', 'seg', 'p', 'l', 'lg', 'q', 'note', 'div', 'date') ! map { .: true() })"/>

  <xsl:function name="tk:key-of" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="lower-case(translate(normalize-space($s), '-_ ', ''))"/>
  </xsl:function>

  <!-- A value in words: "left_margin" and "leftMargin" are "left margin". -->
  <xsl:function name="tk:own-words" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="lower-case(normalize-space(replace(replace(string($s), '([a-z])([A-Z])', '$1 $2'), '[_\-]+', ' ')))"/>
  </xsl:function>

  <!-- The words a zone is shown with: "Left margin", "Library marks", "Rotated 180°"; '' for the main zone. -->
  <xsl:function name="tk:zone-label" as="xs:string">
    <xsl:param name="z" as="element()"/>
    <xsl:variable name="type" select="tokenize(normalize-space($z/@type), ' ')[1]"/>
    <xsl:variable name="k" select="string(map:get($tk:zone-keys, tk:key-of($type)))"/>
    <xsl:variable name="r" select="normalize-space($z/@rotate)"/>
    <xsl:variable name="turn" select="if ($r castable as xs:decimal and xs:decimal($r) mod 360 ne 0) then tk:label('rotated') || ' ' || $r || '°' else ''"/>
    <xsl:variable name="name" select="if (empty($type) or $k eq 'main') then '' else if ($k ne '') then tk:label('zone-' || $k) else tk:ucfirst(tk:own-words($type))"/>
    <xsl:sequence select="tk:ucfirst(string-join(($name, $turn)[. ne ''], ', '))"/>
  </xsl:function>

  <!-- The class of a zone's type: tk-zone-left, tk-zone-library ... ('' when the type is not a known one). -->
  <xsl:function name="tk:zone-class" as="xs:string">
    <xsl:param name="z" as="element()"/>
    <xsl:variable name="k" select="string(map:get($tk:zone-keys, tk:key-of(tokenize(normalize-space($z/@type), ' ')[1])))"/>
    <xsl:sequence select="if ($k ne '') then 'tk-zone-' || $k else ''"/>
  </xsl:function>

  <!-- The layout classes of a line from its @rend: tk-indent-1 .. tk-indent-9, tk-line-center, tk-line-right. -->
  <xsl:function name="tk:line-classes" as="xs:string*">
    <xsl:param name="l" as="element()"/>
    <xsl:sequence select="if (empty($l/@rend)) then () else distinct-values(tokenize(normalize-space($l/@rend), ' ') ! map:get($tk:line-rends, tk:key-of(.)))"/>
  </xsl:function>

  <!-- above | below | inline, or '' (a margin, another place, or none said). -->
  <xsl:function name="tk:add-position" as="xs:string">
    <xsl:param name="a" as="element()"/>
    <xsl:sequence select="string(map:get($tk:add-places, tk:key-of(tokenize(normalize-space($a/@place), ' ')[1])))"/>
  </xsl:function>

  <!-- The name of the hand of an element with @hand ("Mary Shelley"; its id when no handNote says more). -->
  <xsl:function name="tk:hand-words" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@hand) then tk:hand-name($e, string($e/@hand))[. ne ''] else ()"/>
  </xsl:function>

  <!-- What a reader is told about an addition: where it stands when not above/below/in the line, and whose hand. -->
  <xsl:function name="tk:add-words" as="xs:string*">
    <xsl:param name="a" as="element()"/>
    <xsl:sequence select="(if (normalize-space($a/@place) ne '' and tk:add-position($a) eq '') then tk:place-label(string($a/@place))[. ne ''] else (),
                           tk:hand-words($a))"/>
  </xsl:function>

  <!-- How a deletion was made, as a key: strike (the default), overwritten, erased, unmarked, smear, vertical, bracketed, or ''. -->
  <xsl:function name="tk:del-key" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:sequence select="if (normalize-space($d/@rend) eq '') then 'strike' else string(map:get($tk:del-rends, tk:key-of(tokenize(normalize-space($d/@rend), ' ')[1])))"/>
  </xsl:function>

  <!-- What a reader is told about a deletion: how it was made when not struck through, and whose hand. -->
  <xsl:function name="tk:del-words" as="xs:string*">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="k" select="tk:del-key($d)"/>
    <xsl:sequence select="(if ($k eq 'strike') then () else if ($k ne '') then tk:label('del-' || $k) else tk:own-words(tokenize(normalize-space($d/@rend), ' ')[1]),
                           tk:hand-words($d))"/>
  </xsl:function>

  <!-- A metamark's function as a key: insert, count, transpose ... ('' when not a known one). -->
  <xsl:function name="tk:metamark-key" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:sequence select="string(map:get($tk:mm-functions, tk:key-of(tokenize(normalize-space($m/@function), ' ')[1])))"/>
  </xsl:function>

  <!-- A metamark's function in words: "insertion mark", "count", or the function's own words; "mark" when none. -->
  <xsl:function name="tk:metamark-label" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:variable name="f" select="tokenize(normalize-space($m/@function), ' ')[1]"/>
    <xsl:variable name="k" select="tk:metamark-key($m)"/>
    <xsl:sequence select="if (empty($f)) then tk:label('mm-none') else if ($k ne '') then tk:label('mm-' || $k) else tk:own-words($f)"/>
  </xsl:function>

  <!-- The sign drawn for an empty metamark, from its @rend: "^", "—", "|", "×" ... ('' when unknown). -->
  <xsl:function name="tk:metamark-sign" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:sequence select="string(map:get($tk:mm-signs, tk:key-of(tokenize(normalize-space($m/@rend), ' ')[1])))"/>
  </xsl:function>

  <!--
    Spans (addSpan, delSpan, damageSpan, milestone with @spanTo) in an embedded transcription mark the text from the
    span element up to its anchor (@spanTo). The accumulator tk:spans holds the spans open at each node, in one pass
    over the document: a span element opens (when its anchor exists, in the same sourceDoc or fragment, after it), the
    element with the anchor's id closes it. accumulator-before on a text node gives the spans that cover it. A span
    whose anchor is missing or not after it marks nothing (the rule span-anchor reports it).
  -->
  <xsl:function name="tk:span-kind" as="xs:string">
    <xsl:param name="s" as="element()"/>
    <xsl:sequence select="
      if ($s/self::delSpan) then 'del'
      else if ($s/self::addSpan) then 'add'
      else if ($s/self::damageSpan) then 'damage'
      else if ($s/self::milestone) then
        (let $u := replace(lower-case(normalize-space($s/@unit)), '^tei:|\[.*$', '')
         return if (map:contains($tk:span-units, $u)) then $u else '')
      else ''"/>
  </xsl:function>

  <!-- The anchor a span ends at, when it is in the same sourceDoc (or fragment) and after the span. -->
  <xsl:function name="tk:span-end" as="element()?">
    <xsl:param name="s" as="element()"/>
    <xsl:variable name="a" select="tk:resolve($s, tk:first-token($s/@spanTo))"/>
    <xsl:sequence select="$a[$s &lt;&lt; .][($s/ancestor::sourceDoc[1], root($s)/*)[1] is (ancestor::sourceDoc[1], root(.)/*)[1]]"/>
  </xsl:function>

  <!-- The span elements by the pointer of their @spanTo ("#a1"), for the anchor that ends them. -->
  <xsl:key name="tk:span-to" match="*[@spanTo]" use="tk:first-token(@spanTo)"/>

  <xsl:accumulator name="tk:spans" as="element()*" initial-value="()">
    <xsl:accumulator-rule match="*[@spanTo or @xml:id]" phase="start" select="
      let $id := '#' || @xml:id,
          $open := if (exists($value) and @xml:id) then $value[tk:first-token(@spanTo) ne $id] else $value
      return if (@spanTo and (ancestor::sourceDoc or ancestor-or-self::surface) and tk:span-kind(.) ne '' and exists(tk:span-end(.)))
             then ($open, .) else $open"/>
  </xsl:accumulator>

  <!--
    Whether the document has spans in an embedded transcription at all: documents without (the edition, any text-only
    TEI) never compute the accumulator, and their text nodes take the usual template.
  -->
  <xsl:variable name="tk:dt-spans" as="xs:boolean" select="
    exists((/TEI/sourceDoc, /teiCorpus/TEI/sourceDoc, /teiCorpus/teiCorpus/TEI/sourceDoc, /sourceDoc, /surface, /surfaceGrp)
           //(addSpan | delSpan | damageSpan | milestone)[@spanTo])"/>

  <!-- The class a span gives the text it covers: tk-in-del, tk-in-add, tk-in-damage, tk-in-speaker, tk-in-stage ... -->
  <xsl:function name="tk:span-classes" as="xs:string*">
    <xsl:param name="spans" as="element()*"/>
    <xsl:sequence select="distinct-values($spans ! ('tk-in-' || tk:span-kind(.)))"/>
  </xsl:function>

  <!-- Whether a change (mod, subst) stands inside a word: text right before it ends, and text right after it
       starts, with a letter or other non-space character. -->
  <xsl:function name="tk:in-word" as="xs:boolean">
    <xsl:param name="change" as="element()"/>
    <xsl:sequence select="matches(string($change/preceding-sibling::node()[1][self::text()]), '\S$')
                          and matches(string($change/following-sibling::node()[1][self::text()]), '^\S')"/>
  </xsl:function>

</xsl:stylesheet>
