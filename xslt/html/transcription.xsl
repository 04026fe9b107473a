<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: transcription (primary sources) module.
  The reading text the view does not show is never dropped: it goes to a title tooltip and a
  visually hidden span (class tk-sr), so that screen readers and copy/paste keep it too.

  Documentary transcription (sourceDoc, surfaceGrp, surface, zone, line), a basic view without images:
    sourceDoc   <section class="tei-sourceDoc"> after the texts, headed "Documentary transcription"
                (listed in the contents), with its own notes list
    surface     <section class="tei-surface"> headed by its @n, else its @xml:id; with an image a browser can
                show (tk:surface-image), a page (class tk-fpage): the image (figure.tk-fimage, html/facsimile.xsl)
                beside its content (div.tk-ftext); other graphics a link (p.tk-facs) when the URL passes tk:url-of
    surfaceGrp  <div class="tei-surfaceGrp">
    zone        <div class="tei-zone t-{type} tk-zone-{known type}">, headed by a label unless it is the main zone
                (<p class="tk-zone-label">Left margin</p>, "Library marks", "Rotated 180°": tk:zone-label)
    line        <div class="tei-line tk-indent-N | tk-line-center | tk-line-right">, one per line (tk:line-classes:
                a fixed list of @rend values), with the class of each span that covers it whole (tk-in-del ...)
  The root of a fragment (a page file whose root is a surface or sourceDoc) has no heading of its own:
  the page title names it.
  Inside a sourceDoc or a surface page, add, del, mod, retrace, restore, damage, metamark and handShift render as
  in "embedded transcriptions" below: the reading view as everywhere (deletions out, restored ones in, additions
  in; a metamark that is only a sign left to screen readers), the diplomatic view with signs and small labels.
  Spans (addSpan, delSpan, damageSpan, milestone/@spanTo) mark the text up to their anchor (common/views.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Word for the other reading of a choice. -->
  <xsl:function name="tk:alt-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="local-name($e)"/>
    <xsl:sequence select="if ($n = ('sic', 'corr', 'orig', 'reg', 'abbr', 'expan')) then tk:label($n) else $n"/>
  </xsl:function>

  <!-- A visually hidden text for assistive technology. -->
  <xsl:template name="tk:sr">
    <xsl:param name="text" as="xs:string"/>
    <xsl:if test="normalize-space($text)">
      <span class="tk-sr"><xsl:value-of select="' (' || normalize-space($text) || ')'"/></span>
    </xsl:if>
  </xsl:template>

  <!-- ===== choice ===== -->

  <xsl:template match="choice">
    <xsl:variable name="shown" select="tk:chosen(.)"/>
    <xsl:variable name="others" select="* except $shown"/>
    <xsl:variable name="alt" select="string-join(for $o in $others return tk:alt-label($o) || ': ' || tk:plain-content($o), '; ')"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="class" select="('c-' || string-join(sort(distinct-values(*/local-name())), '-'))"/>
      <xsl:with-param name="title" select="$alt"/>
      <xsl:with-param name="attrs" as="attribute()*">
        <xsl:if test="normalize-space($alt)"><xsl:attribute name="data-alt" select="$alt"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="nodes" select="$shown"/>
      <xsl:with-param name="after" as="node()*">
        <xsl:call-template name="tk:sr"><xsl:with-param name="text" select="$alt"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- sic / corr / orig / reg / abbr on their own (not in a choice): shown, marked. -->
  <xsl:template match="sic | corr | orig | reg | abbr">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="if (parent::choice or parent::expan) then () else tk:alt-label(.)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- expan (with abbr + ex): reading shows the expansion, diplomatic the abbreviation. -->
  <xsl:template match="expan">
    <xsl:variable name="full" select="normalize-space(string-join(.//text()[not(ancestor::am)] ! tk:ws-text(.), ''))"/>
    <xsl:variable name="short" select="normalize-space(string-join(.//text()[not(ancestor::ex)] ! tk:ws-text(.), ''))"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="if (parent::choice) then ()
                                           else if ($tk:diplomatic and ex) then tk:label('expan') || ': ' || $full
                                           else if (ex or am) then tk:label('abbr') || ': ' || $short
                                           else ()"/>
      <xsl:with-param name="after" as="node()*">
        <xsl:if test="$tk:diplomatic and ex and not(parent::choice)">
          <xsl:call-template name="tk:sr"><xsl:with-param name="text" select="tk:label('expan') || ': ' || $full"/></xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="ex">
    <xsl:if test="not($tk:diplomatic)">
      <xsl:call-template name="tk:element"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="am">
    <xsl:if test="$tk:diplomatic">
      <xsl:call-template name="tk:element"/>
    </xsl:if>
  </xsl:template>

  <!-- ===== apparatus: lemma in the text, readings in the tooltip ===== -->

  <xsl:template match="app">
    <xsl:variable name="shown" select="tk:app-shown(.)"/>
    <xsl:variable name="alt" select="string-join(
        for $r in (lem, rdg, rdgGrp/rdg) except $shown
        return normalize-space(string-join(($r/@wit, $r/@source) ! replace(., '#', ''), ' ')) ! (if (. ne '') then . || ': ' else '') || tk:plain-content($r), '; ')"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="if (normalize-space($alt)) then tk:label('variants') || ': ' || $alt else ()"/>
      <xsl:with-param name="nodes" select="$shown, node()[not(self::lem or self::rdg or self::rdgGrp)]"/>
      <xsl:with-param name="block" select="tk:block-element(.)"/>
      <xsl:with-param name="after" as="node()*">
        <xsl:if test="normalize-space($alt)">
          <xsl:call-template name="tk:sr"><xsl:with-param name="text" select="tk:label('variants') || ': ' || $alt"/></xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== gaps and uncertainty ===== -->

  <xsl:template match="gap">
    <xsl:variable name="t" select="tk:gap-title(.)"/>
    <span role="img" aria-label="{tk:label('gap') || ': ' || $t}" title="{$t}">
      <xsl:sequence select="tk:attrs(., if (@reason) then tokenize(normalize-space(@reason), ' ') ! ('gap-' || tk:class-token(.)) else ())"/>
      <xsl:value-of select="tk:gap-display(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="unclear">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="tk:reason-phrase(tk:label('unclear'), .)"/>
      <xsl:with-param name="class" select="if (@cert = 'low') then 'cert-low' else ()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="damage">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="normalize-space(tk:reason-phrase(tk:label('damage'), .) || (if (tk:extent-phrase(.) ne '') then ', ' || tk:extent-phrase(.) else ''))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="damageSpan | delSpan | addSpan">
    <span>
      <xsl:sequence select="tk:attrs(., 'tk-marker')"/>
      <xsl:attribute name="title" select="local-name() || (if (@spanTo) then ' → ' || @spanTo else '')"/>
    </span>
  </xsl:template>

  <!-- supplied text that the view hides entirely (an ex in the diplomatic view): nothing -->
  <xsl:template match="supplied[$tk:diplomatic][not(normalize-space(string-join(.//text()[not(ancestor::ex)], '')))][.//ex]" priority="2"/>

  <xsl:template match="supplied">
    <xsl:variable name="omitted" select="tokenize(normalize-space(@reason), ' ') = ('omitted', 'subaudible')"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="tk:reason-phrase(tk:label('supplied'), .)"/>
      <xsl:with-param name="before" as="node()*"><xsl:value-of select="if ($omitted) then '⟨' else '['"/></xsl:with-param>
      <xsl:with-param name="after" as="node()*"><xsl:value-of select="if ($omitted) then '⟩' else ']'"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="surplus">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="tk:reason-phrase(tk:label('surplus'), .)"/>
      <xsl:with-param name="before" as="node()*"><xsl:text>{</xsl:text></xsl:with-param>
      <xsl:with-param name="after" as="node()*"><xsl:text>}</xsl:text></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="space">
    <xsl:variable name="ext" select="tk:extent-phrase(.)"/>
    <xsl:variable name="q" select="normalize-space(@quantity)"/>
    <span title="{tk:label('space') || (if ($ext ne '') then ': ' || $ext else '')}">
      <xsl:sequence select="tk:attrs(., ())"/>
      <xsl:choose>
        <xsl:when test="$tk:diplomatic">
          <xsl:value-of select="string-join((1 to (if ($q castable as xs:integer) then max((1, min((xs:integer($q), 8)))) else 2)) ! ' ', '')"/>
        </xsl:when>
        <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- ===== additions and deletions ===== -->

  <xsl:template match="add">
    <xsl:variable name="place" select="tk:place-label(string(@place))"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="inline" select="'ins'"/>
      <xsl:with-param name="class" select="if (@place) then 'place-' || tk:class-token(lower-case(tokenize(normalize-space(@place), ' ')[1])) else ()"/>
      <xsl:with-param name="title" select="string-join((tk:label('added'), $place[. ne ''], if (@hand) then tk:hand-phrase(., string(@hand)) else ()), ', ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="del">
    <xsl:variable name="how" select="normalize-space(string-join((@rend, @type), ' '))"/>
    <xsl:variable name="label" select="tk:label('deleted') || (if ($how ne '') then ' (' || $how || ')' else '')"/>
    <xsl:choose>
      <xsl:when test="$tk:diplomatic">
        <xsl:call-template name="tk:element">
          <xsl:with-param name="inline" select="'del'"/>
          <xsl:with-param name="title" select="$label"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="parent::subst"/>
      <xsl:otherwise>
        <!-- reading: hidden, kept in a tooltip on a small marker -->
        <xsl:variable name="text" select="tk:plain-content(.)"/>
        <span class="tk-del-marker" title="{$label}: {$text}">
          <xsl:call-template name="tk:sr"><xsl:with-param name="text" select="$label || ': ' || $text"/></xsl:call-template>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="subst">
    <xsl:variable name="deleted" select="string-join(for $d in del return tk:plain-content($d), ' ')"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="if (not($tk:diplomatic) and normalize-space($deleted)) then tk:label('replaces') || ': ' || $deleted else tk:label('substitution')"/>
      <xsl:with-param name="after" as="node()*">
        <xsl:if test="not($tk:diplomatic) and normalize-space($deleted)">
          <xsl:call-template name="tk:sr"><xsl:with-param name="text" select="tk:label('replaces') || ': ' || $deleted"/></xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    In the reading view, indentation inside a change (mod, subst) that stands inside a word is layout, not text:
    "de<mod>&#10;  <del>e</del>&#10;  <add>p</add>&#10;</mod>ths" reads "depths", not "de p ths". A change between
    words keeps its spaces (they may part alternative readings), and so does the diplomatic view.
  -->
  <xsl:template match="text()[not($tk:diplomatic)][not(normalize-space())][parent::*[self::mod or self::subst][tk:in-word(.)]]
                             [not(ancestor::*[@xml:space][1]/@xml:space = 'preserve')]" priority="4"/>

  <xsl:template match="mod | redo | retrace | restore | undo | secl">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="normalize-space(string-join((local-name(), @type, @rend, @hand ! tk:hand-phrase(.., string(.))), ' '))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="handShift">
    <xsl:variable name="who" select="
      if (@new) then tk:hand-name(., string(@new))
      else if (@scribeRef) then tk:hand-name(., string(@scribeRef))
      else if (starts-with(normalize-space(@scribe), '#')) then tk:hand-name(., string(@scribe))
      else normalize-space(@scribe)"/>
    <xsl:variable name="label" select="tk:label('hand-change') || (if ($who ne '') then ': ' || $who else '')
                                       || (if (@medium) then ' (' || normalize-space(@medium) || ')' else '')"/>
    <span title="{$label}">
      <xsl:sequence select="tk:attrs(., 'tk-marker')"/>
      <xsl:choose>
        <xsl:when test="$tk:diplomatic">
          <span class="tk-handshift-label"><xsl:value-of select="'[' || tk:label('hand') || (if ($who ne '') then ': ' || $who else '') || ']'"/></span>
        </xsl:when>
        <xsl:otherwise>
          <span class="tk-sr"><xsl:value-of select="'(' || $label || ')'"/></span>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- ===== embedded transcriptions (in a sourceDoc or a surface page): the diplomatic view ===== -->

  <!--
    What the reading view leaves as it is everywhere (deletions out, additions in, no labels), the diplomatic view of
    an embedded transcription shows with a small visible label (span.tk-dl, drawn by CSS from data-label, so that
    the words of the transcription stay whole when copied or searched): how a deletion was made, where an addition
    stands when not above or below the line, whose hand, what a metamark is for. Additions above the line are raised
    between \ and /, below the line lowered between / and \ (CSS).
  -->
  <xsl:template name="tk:dlabel">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:if test="exists($words[. ne ''])">
      <span class="tk-dl" data-label="{string-join($words[. ne ''], ', ')}"></span>
    </xsl:if>
  </xsl:template>

  <!-- (Both views: an addition's classes come from the fixed list, its labels and signs only in the diplomatic view.) -->
  <xsl:template match="add[ancestor::sourceDoc or ancestor::surface]" priority="1">
    <xsl:variable name="pos" select="tk:add-position(.)"/>
    <xsl:variable name="class" select="('tk-add', if ($pos ne '') then 'tk-add-' || $pos else if (normalize-space(@place)) then 'tk-add-elsewhere' else ())"/>
    <xsl:variable name="title" select="string-join((tk:label('added'), if ($pos ne '') then tk:label('place-' || $pos) else tk:place-label(string(@place))[. ne ''], tk:hand-words(.)), ', ')"/>
    <xsl:choose>
      <xsl:when test="$tk:diplomatic">
        <xsl:call-template name="tk:dt-signed">
          <xsl:with-param name="name" select="'ins'"/>
          <xsl:with-param name="class" select="$class"/>
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="words" select="tk:add-words(.)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:element">
          <xsl:with-param name="inline" select="'ins'"/>
          <xsl:with-param name="class" select="$class"/>
          <xsl:with-param name="title" select="$title"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="del[$tk:diplomatic][ancestor::sourceDoc or ancestor::surface]" priority="1">
    <xsl:variable name="k" select="tk:del-key(.)"/>
    <xsl:variable name="words" select="tk:del-words(.)"/>
    <xsl:call-template name="tk:dt-signed">
      <xsl:with-param name="name" select="'del'"/>
      <xsl:with-param name="class" select="if ($k ne '') then 'tk-del-' || $k else ()"/>
      <xsl:with-param name="title" select="string-join((tk:label('deleted'), $words), ', ')"/>
      <xsl:with-param name="words" select="$words"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    An ins or del of the diplomatic view with the whitespace at the edges of its content moved outside it, so that
    the signs drawn around it hug the words ("\or/", not "\or /"): pretty-printed sources put line breaks there.
  -->
  <xsl:template name="tk:dt-signed">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="class" as="xs:string*"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="words" as="xs:string*"/>
    <xsl:variable name="s" select="string(.)"/>
    <xsl:variable name="content"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="texts" select="$content//text()"/>
    <xsl:if test="matches($s, '^\s')"><xsl:text> </xsl:text></xsl:if>
    <xsl:element name="{$name}">
      <xsl:sequence select="tk:attrs(., $class)"/>
      <xsl:attribute name="title" select="$title"/>
      <xsl:call-template name="tk:dlabel"><xsl:with-param name="words" select="$words"/></xsl:call-template>
      <xsl:apply-templates select="$content/node()" mode="tk:trim">
        <xsl:with-param name="first" select="$texts[1]" tunnel="yes"/>
        <xsl:with-param name="last" select="$texts[last()]" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
    <xsl:if test="matches($s, '\s$')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="tk:trim">
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates mode="tk:trim"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="text()" mode="tk:trim">
    <xsl:param name="first" tunnel="yes" as="text()?"/>
    <xsl:param name="last" tunnel="yes" as="text()?"/>
    <xsl:variable name="s" select="if (. is $first) then replace(., '^\s+', '') else string(.)"/>
    <xsl:value-of select="if (. is $last) then replace($s, '\s+$', '') else $s"/>
  </xsl:template>

  <!-- A deletion the writer restored: in the reading text again. -->
  <xsl:template match="del[not($tk:diplomatic)][ancestor::restore][ancestor::sourceDoc or ancestor::surface]" priority="1">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="class" select="'tk-restored'"/>
      <xsl:with-param name="title" select="tk:label('restored')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="(mod | retrace | restore | damage)[$tk:diplomatic][ancestor::sourceDoc or ancestor::surface]" priority="1">
    <xsl:variable name="words" select="(
      if (self::retrace) then tk:label('retraced')
      else if (self::restore) then tk:label('restored')
      else if (self::damage) then (tk:label('damage'), (@agent, @type) ! tk:own-words(.))
      else (),
      tk:hand-words(.))"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="string-join(if (self::mod) then (tk:label('modified'), $words) else $words, ', ')"/>
      <xsl:with-param name="before" as="node()*">
        <xsl:call-template name="tk:dlabel"><xsl:with-param name="words" select="$words"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A metamark: its function in words, then its content, or a sign for its @rend when it has none ("—", "^"). -->
  <xsl:template match="metamark[$tk:diplomatic][ancestor::sourceDoc or ancestor::surface]" priority="1">
    <xsl:variable name="words" select="(tk:metamark-label(.), tk:hand-words(.))"/>
    <xsl:variable name="k" select="tk:metamark-key(.)"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="if (parent::zone or parent::surface) then 'div' else ''"/>
      <xsl:with-param name="class" select="if ($k ne '') then 'tk-mm-' || $k else ()"/>
      <xsl:with-param name="title" select="string-join($words, ', ')"/>
      <xsl:with-param name="before" as="node()*">
        <xsl:call-template name="tk:dlabel"><xsl:with-param name="words" select="$words"/></xsl:call-template>
        <xsl:if test="not(normalize-space()) and empty(*) and tk:metamark-sign(.) ne ''">
          <span class="tk-mm-sign"><xsl:value-of select="tk:metamark-sign(.)"/></span>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    In the reading view a metamark that is only a sign ("^", "—") is left to screen readers: it is about the text,
    not part of it. One with words or numbers (a count) stays in view.
  -->
  <xsl:template match="metamark[not($tk:diplomatic)][ancestor::sourceDoc or ancestor::surface][not(matches(string(.), '[\p{L}\p{N}]'))]" priority="1">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="class" select="'tk-sr'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A change of hand: "[hand: Mary Shelley, pen]". -->
  <xsl:template match="handShift[$tk:diplomatic][ancestor::sourceDoc or ancestor::surface]" priority="1">
    <xsl:variable name="who" select="
      if (@new) then tk:hand-name(., string(@new))
      else if (@scribeRef) then tk:hand-name(., string(@scribeRef))
      else if (starts-with(normalize-space(@scribe), '#')) then tk:hand-name(., string(@scribe))
      else normalize-space(@scribe)"/>
    <xsl:variable name="words" select="string-join(($who, normalize-space(@medium), normalize-space(@script))[. ne ''], ', ')"/>
    <span title="{tk:label('hand-change') || (if ($words ne '') then ': ' || $words else '')}">
      <xsl:sequence select="tk:attrs(., 'tk-marker')"/>
      <span class="tk-handshift-label"><xsl:value-of select="'[' || tk:label('hand') || (if ($words ne '') then ': ' || $words else '') || ']'"/></span>
    </span>
  </xsl:template>

  <!--
    Spans. The start of a deletion, addition or damage whose anchor is found (tk:span-end): a marker with a label in
    the diplomatic view ("deletion begins, vertical line"), also in the reading view for a deletion, whose text that
    view keeps, struck through: the extent of a span rests on a pointer, and a misplaced anchor must not silently take
    text out of the reading. The text it covers carries its class (tk-in-del...: the line template and the text
    template below). Milestones with @spanTo keep their marker; the text they cover is styled by its unit.
  -->
  <xsl:template match="(addSpan | delSpan | damageSpan)[ancestor::sourceDoc or ancestor::surface]" priority="1">
    <xsl:variable name="end" select="tk:span-end(.)"/>
    <xsl:variable name="kind" select="tk:span-kind(.)"/>
    <xsl:choose>
      <xsl:when test="exists($end)">
        <xsl:variable name="words" select="(tk:label('span-' || $kind || '-begins'),
                                            if (self::delSpan) then tk:del-words(.) else if (self::addSpan) then tk:add-words(.)
                                            else ((@agent, @type) ! tk:own-words(.), tk:hand-words(.)))"/>
        <span title="{string-join($words, ', ')}">
          <xsl:sequence select="tk:attrs(., ('tk-marker', 'tk-span-start', 'tk-span-' || $kind))"/>
          <xsl:if test="$tk:diplomatic or $kind eq 'del'">
            <xsl:call-template name="tk:dlabel"><xsl:with-param name="words" select="$words"/></xsl:call-template>
          </xsl:if>
        </span>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The end of the spans that stop at this element (their anchor): "deletion ends". -->
  <xsl:template name="tk:span-ends">
    <xsl:variable name="here" select="."/>
    <xsl:for-each select="reverse(key('tk:span-to', '#' || @xml:id)[tk:span-kind(.) = ('del', 'add', 'damage')][not(self::milestone)]
                                  [ancestor::sourceDoc or ancestor-or-self::surface][tk:span-end(.) is $here])">
      <xsl:variable name="kind" select="tk:span-kind(.)"/>
      <xsl:if test="$tk:diplomatic or $kind eq 'del'">
        <span class="tk-span-end tk-span-{$kind}" title="{tk:label('span-' || $kind || '-ends')}">
          <xsl:call-template name="tk:dlabel"><xsl:with-param name="words" select="tk:label('span-' || $kind || '-ends')"/></xsl:call-template>
        </span>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="anchor[@xml:id][$tk:dt-spans]" priority="1">
    <xsl:next-match/>
    <xsl:call-template name="tk:span-ends"/>
  </xsl:template>

  <!--
    A text node covered by a span (in a document that has spans in an embedded transcription): in a span with the
    class of each span that covers it and does not already cover its whole line.
  -->
  <xsl:template match="text()[$tk:dt-spans][normalize-space()]" priority="3">
    <xsl:param name="tk:spans-shown" tunnel="yes" as="element()*" select="()"/>
    <xsl:param name="tk:spans-partial" tunnel="yes" as="xs:boolean" select="true()"/>
    <xsl:variable name="open" select="if ($tk:spans-partial) then accumulator-before('tk:spans') except $tk:spans-shown else ()"/>
    <xsl:choose>
      <xsl:when test="exists($open)">
        <span class="{string-join(tk:span-classes($open), ' ')}"><xsl:value-of select="tk:ws-text(.)"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== documentary transcription ===== -->

  <xsl:template match="sourceDoc">
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:variable name="id" select="tk:html-id(.)"/>
    <xsl:variable name="headed" select="exists(parent::*)"/>
    <section id="{$id}">
      <xsl:sequence select="tk:attrs(., ())[not(local-name() eq 'id')]"/>
      <xsl:if test="$headed">
        <xsl:attribute name="aria-labelledby" select="'tk-sdh-' || $id"/>
        <xsl:call-template name="tk:heading">
          <xsl:with-param name="level" select="$tk:level + 1"/>
          <xsl:with-param name="id" select="'tk-sdh-' || $id"/>
          <xsl:with-param name="content" select="tk:sourcedoc-label(.)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:variable name="level" select="if ($headed) then $tk:level + 1 else $tk:level"/>
      <xsl:apply-templates>
        <xsl:with-param name="tk:level" tunnel="yes" select="$level"/>
        <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
      </xsl:apply-templates>
      <xsl:call-template name="tk:notes-list">
        <xsl:with-param name="scope" select="."/>
        <xsl:with-param name="level" select="$level + 1"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <xsl:template match="surface">
    <xsl:param name="tk:level" tunnel="yes" as="xs:integer" select="1"/>
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="label" select="if (exists(parent::*)) then tk:surface-label(.) else ''"/>
    <xsl:choose>
      <xsl:when test="$tk:phr">
        <xsl:call-template name="tk:element">
          <xsl:with-param name="block" select="'section'"/>
          <xsl:with-param name="before" as="node()*">
            <xsl:if test="$label ne ''"><span class="tk-surface-label tk-b"><xsl:value-of select="$label"/></span></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="id" select="tk:html-id(.)"/>
        <!-- a surface with an image a browser can show is a page: the image beside its zones (html/facsimile.xsl) -->
        <xsl:variable name="img" select="tk:surface-image(.)"/>
        <section id="{$id}">
          <xsl:sequence select="tk:attrs(., if (exists($img)) then 'tk-fpage' else ())[not(local-name() eq 'id')]"/>
          <xsl:if test="$label ne ''">
            <xsl:attribute name="aria-labelledby" select="'tk-sh-' || $id"/>
            <xsl:call-template name="tk:heading">
              <xsl:with-param name="level" select="$tk:level + 1"/>
              <xsl:with-param name="id" select="'tk-sh-' || $id"/>
              <xsl:with-param name="class" select="'tk-surface-label'"/>
              <xsl:with-param name="content" select="$label"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="exists($img)">
              <xsl:call-template name="tk:page-figure">
                <xsl:with-param name="img" select="$img"/>
                <xsl:with-param name="id" select="'tk-img-' || $id"/>
                <xsl:with-param name="label" select="tk:page-label((), $img, tk:surface-label(.))"/>
              </xsl:call-template>
              <div class="tk-ftext">
                <xsl:apply-templates select="node() except $img?graphic">
                  <xsl:with-param name="tk:level" tunnel="yes" select="if ($label ne '') then $tk:level + 1 else $tk:level"/>
                </xsl:apply-templates>
              </div>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates>
                <xsl:with-param name="tk:level" tunnel="yes" select="if ($label ne '') then $tk:level + 1 else $tk:level"/>
              </xsl:apply-templates>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="surfaceGrp">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="'div'"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    A zone: a block with a class for its type (tk-zone-left, tk-zone-library...: tk:zone-class) and, unless it is the
    main zone, a label in words ("Left margin", "Library marks", "Rotated 180°"), with its hand in the diplomatic view.
  -->
  <xsl:template match="zone">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="words" select="(tk:zone-label(.)[. ne ''], if ($tk:diplomatic) then tk:hand-words(.) else ())"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="'div'"/>
      <xsl:with-param name="class" select="tk:zone-class(.)[. ne '']"/>
      <xsl:with-param name="before" as="node()*">
        <xsl:if test="$tk:dt-spans and @xml:id"><xsl:call-template name="tk:span-ends"/></xsl:if>
        <xsl:if test="exists($words)">
          <xsl:element name="{if ($tk:phr) then 'span' else 'p'}">
            <xsl:attribute name="class" select="if ($tk:phr) then 'tk-zone-label tk-b' else 'tk-zone-label'"/>
            <xsl:value-of select="tk:ucfirst(string-join($words, ', '))"/>
          </xsl:element>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    A line: a block indented or centred from its @rend (tk:line-classes: a fixed list), with the class of every span
    that covers it whole (the others mark its text nodes), and its hand in the diplomatic view.
  -->
  <xsl:template match="line">
    <xsl:variable name="before" select="if ($tk:dt-spans) then accumulator-before('tk:spans') else ()"/>
    <xsl:variable name="after" select="if ($tk:dt-spans) then accumulator-after('tk:spans') else ()"/>
    <xsl:variable name="whole" select="$before intersect $after"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="'div'"/>
      <xsl:with-param name="class" select="(tk:line-classes(.), tk:span-classes($whole))"/>
      <xsl:with-param name="before" as="node()*">
        <xsl:if test="$tk:dt-spans and @xml:id"><xsl:call-template name="tk:span-ends"/></xsl:if>
        <xsl:if test="$tk:diplomatic and @hand">
          <xsl:call-template name="tk:dlabel"><xsl:with-param name="words" select="tk:hand-words(.)"/></xsl:call-template>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="tk:spans-shown" tunnel="yes" select="$whole"/>
      <!-- whether a span covers part of the line only: open at one end, or starting inside it -->
      <xsl:with-param name="tk:spans-partial" tunnel="yes" select="$tk:dt-spans and (exists(($before, $after) except $whole) or exists(.//*[@spanTo]))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A vertical space between the lines of a zone: an empty block (a stanza break, a gap in the page). -->
  <xsl:template match="space[@dim = 'vertical'][parent::zone or parent::surface]">
    <xsl:variable name="ext" select="tk:extent-phrase(.)"/>
    <xsl:call-template name="tk:element">
      <xsl:with-param name="block" select="'div'"/>
      <xsl:with-param name="class" select="'tk-vspace'"/>
      <xsl:with-param name="title" select="tk:label('space') || (if ($ext ne '') then ': ' || $ext else '')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The image of a surface or zone: not shown yet, a link to it (when its URL is safe). -->
  <xsl:template match="graphic[parent::surface or parent::zone]">
    <xsl:param name="tk:phr" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="u" select="tk:url-at(@url)"/>
    <xsl:variable name="label" select="tk:label('image') || (if (normalize-space(desc)) then ': ' || normalize-space(desc) else '')"/>
    <xsl:element name="{if ($tk:phr) then 'span' else 'p'}">
      <xsl:attribute name="class" select="if ($tk:phr) then 'tk-facs tk-b' else 'tk-facs'"/>
      <xsl:choose>
        <xsl:when test="$u ne '' and not($tk:link)">
          <a href="{$u}">
            <xsl:sequence select="tk:attrs(., if (tk:is-external($u)) then 'tk-ext' else ())"/>
            <xsl:if test="tk:is-external($u)"><xsl:attribute name="rel" select="'noopener noreferrer'"/></xsl:if>
            <xsl:value-of select="$label"/>
          </a>
        </xsl:when>
        <xsl:otherwise>
          <span>
            <xsl:sequence select="tk:attrs(., ())"/>
            <xsl:value-of select="'[' || $label || ']'"/>
          </span>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- ===== line, page and column breaks; forme work ===== -->

  <xsl:template match="lb">
    <xsl:choose>
      <xsl:when test="$tk:diplomatic">
        <xsl:variable name="first" select="empty(preceding-sibling::node()[not(self::text()[not(normalize-space())] or self::comment())][1])
                                           and exists(parent::*[self::p or self::ab or self::l or self::head or self::seg or self::dateline or self::salute or self::signed or self::item or self::cell])"/>
        <xsl:choose>
          <xsl:when test="$first"><xsl:call-template name="tk:anchor"/></xsl:when>
          <xsl:otherwise>
            <br>
              <xsl:sequence select="tk:attrs(., if (tk:is-nobreak(.)) then 'lb-nobreak' else ())"/>
            </br>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="normalize-space(@n)">
          <span class="tk-lineno" aria-hidden="true"><xsl:value-of select="normalize-space(@n)"/></span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:anchor"/>
        <xsl:if test="not(tk:is-nobreak(.))"><xsl:text> </xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="pb">
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="n" select="normalize-space(@n)"/>
    <xsl:variable name="label" select="if ($n ne '') then '[' || tk:label('page') || ' ' || $n || ']' else '[‖]'"/>
    <xsl:variable name="facs" select="tk:url-at(@facs)"/>
    <span title="{if ($n ne '') then tk:label('page-long') || ' ' || $n else tk:label('page-break')}">
      <xsl:sequence select="tk:attrs(., if ($tk:diplomatic) then 'tk-pb-dipl' else 'tk-pb-read')"/>
      <xsl:if test="$n ne ''"><xsl:attribute name="data-n" select="$n"/></xsl:if>
      <xsl:choose>
        <xsl:when test="tk:is-external($facs) and not($tk:link)">
          <a href="{$facs}" class="tk-pb-label tk-ext" rel="noopener noreferrer"><xsl:value-of select="$label"/></a>
        </xsl:when>
        <xsl:otherwise>
          <span class="tk-pb-label"><xsl:value-of select="$label"/></span>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="cb | gb">
    <xsl:variable name="n" select="normalize-space(@n)"/>
    <span title="{tk:label('column-break')}{if ($n) then ' ' || $n else ''}">
      <xsl:sequence select="tk:attrs(., if ($tk:diplomatic) then 'tk-cb-dipl' else 'tk-marker')"/>
      <xsl:if test="$tk:diplomatic">
        <span class="tk-pb-label"><xsl:value-of select="'[' || tk:label('column') || (if ($n) then ' ' || $n else '') || ']'"/></span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="fw">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="title" select="string-join((tk:label('fw'), @type), ': ')"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
