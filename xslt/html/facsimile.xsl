<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: the facsimile layout (layout='facsimile') and the page images of embedded transcriptions.

  layout='facsimile', a text whose page breaks (pb, outside notes) have images (pb/@facs pointing at a surface,
  a graphic or a zone by "#id", or holding an image's URL; common/facsimile.xsl says which images are shown):
    <div class="tei-text tk-has-facsimile">
      <div class="tk-facsimile">
        <div class="tk-fpage tk-fpage-noimage"><div class="tk-ftext">(text before the first pb)</div></div>
        <div class="tk-fpage">                          one per pb: the text up to the next pb beside its image
          <figure class="tk-fimage" id="{surface id}">  <a href="{image}"><img loading="lazy" width height alt="Page 3"></a>
                                                        <figcaption>Page 3 (and the graphic's desc)</figcaption></figure>
          <div class="tk-ftext">… <span class="tk-pb-… " data-n="3"><a href="#{figure id}">[p. 3]</a></span> …</div>
        </div>
        <div class="tk-fpage tk-fpage-extra">           facsimile images no pb points at, after the pages
      </div>
      (the text's notes)
    </div>
  The text is rendered as in the sequential layout, in the current view, and then cut at its page breaks: an
  element that runs over a page break is continued on the next page by a copy of its start tag (class tk-cont,
  without id). A text whose page breaks have no image shows the facsimile's images beside the whole text; a
  document without any image renders as in the sequential layout.
  An element whose @facs points at a zone (lb, l, line, w, note, ab...) shows that region of the page image before
  its own rendering (after it for an lb: the region of the line the lb starts): a link to the page's figure
  around a box of the region's aspect ratio that holds either a IIIF region request or the whole image scaled
  and shifted so that only the region shows (no script).
  Embedded transcriptions (html/transcription.xsl, surface): a surface with an image is a tk-fpage too, its
  image beside its zones and lines, in every layout.
  CSS: $tk:css-facsimile, added by page.xsl only to pages that use it (tk:uses-facsimile).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="tk:facs-layout" as="xs:boolean" select="$layout eq 'facsimile'"/>

  <!-- Whether a document's page needs $tk:css-facsimile: the facsimile layout, or embedded surfaces with images. -->
  <xsl:function name="tk:uses-facsimile" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="$tk:facs-layout or (some $s in ($doc/*[tk:is-fragment(.)], ($doc/TEI, $doc/teiCorpus/TEI, $doc/teiCorpus/teiCorpus/TEI)/sourceDoc)/descendant-or-self::surface
                                               satisfies exists(tk:surface-image($s)))"/>
  </xsl:function>

  <!--
    "Page 3": a page break's @n, else its surface's @n, else $fallback (the page's number in the text, or a
    surface's label); a value with spaces is a label already ("BCz, 1596, p. 302") and is used as it is.
  -->
  <xsl:function name="tk:page-label" as="xs:string">
    <xsl:param name="pb" as="element()?"/>
    <xsl:param name="img" as="map(*)?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:variable name="n" select="if (normalize-space($pb/@n)) then normalize-space($pb/@n)
                                   else if (normalize-space($img?surface/@n)) then normalize-space($img?surface/@n)
                                   else $fallback"/>
    <xsl:sequence select="if (contains($n, ' ')) then $n else tk:label('page-image') || ' ' || $n"/>
  </xsl:function>

  <!-- "Image: cover" for an image that is not a page of the text: its surface's @n, @xml:id or @type, else its number. -->
  <xsl:function name="tk:image-label" as="xs:string">
    <xsl:param name="img" as="map(*)"/>
    <xsl:param name="i" as="xs:integer"/>
    <xsl:variable name="s" select="$img?surface"/>
    <xsl:sequence select="tk:label('image') || ': ' || (
        if (normalize-space($s/@n) or normalize-space($s/@xml:id)) then tk:surface-label($s)
        else if (normalize-space($s/@type)) then normalize-space($s/@type)
        else string($i))"/>
  </xsl:function>

  <!--
    What an image is the image of (its surface, else its graphic), as a key: a page's figure takes that element's
    HTML id (free: the facsimile itself is not rendered), the first time it is shown.
  -->
  <xsl:function name="tk:image-key" as="xs:string?">
    <xsl:param name="img" as="map(*)?"/>
    <xsl:sequence select="($img?surface, $img?graphic)[1] ! generate-id(.)"/>
  </xsl:function>

  <!-- ===== a page image ===== -->

  <!-- figure > a > img, figcaption: the label is the alt text and the caption, the graphic's desc follows it. -->
  <xsl:template name="tk:page-figure">
    <xsl:param name="img" as="map(*)"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:variable name="desc" select="tk:plain($img?graphic/desc[1])"/>
    <figure class="tk-fimage">
      <xsl:if test="exists($id)"><xsl:attribute name="id" select="$id"/></xsl:if>
      <a href="{$img?src}" class="tk-fimage-link">
        <xsl:if test="tk:is-external($img?src)"><xsl:attribute name="rel" select="'noopener noreferrer'"/></xsl:if>
        <img src="{$img?src}" alt="{$label}" loading="lazy">
          <xsl:if test="exists($img?w) and exists($img?h)">
            <xsl:attribute name="width" select="xs:integer(round($img?w))"/>
            <xsl:attribute name="height" select="xs:integer(round($img?h))"/>
          </xsl:if>
        </img>
      </a>
      <figcaption class="tk-figcaption">
        <xsl:value-of select="$label"/>
        <!-- a IIIF image requested at an address teikit made: the address the document gives, too -->
        <xsl:if test="exists($img?iiif) and $img?url ne $img?src">
          <xsl:text> </xsl:text>
          <a href="{$img?url}" class="tk-fsource">
            <xsl:if test="tk:is-external($img?url)"><xsl:attribute name="rel" select="'noopener noreferrer'"/></xsl:if>
            <xsl:value-of select="tk:label('iiif-source')"/>
          </a>
        </xsl:if>
        <xsl:if test="$desc ne ''">
          <xsl:text> </xsl:text>
          <span class="tk-fdesc"><xsl:value-of select="$desc"/></span>
        </xsl:if>
      </figcaption>
    </figure>
  </xsl:template>

  <!-- ===== the layout ===== -->

  <xsl:template match="text[$tk:facs-layout][empty(ancestor::text)]" priority="2">
    <xsl:variable name="pbs" select=".//pb[empty(ancestor::note)]"/>
    <xsl:variable name="facsimiles" select="(if (parent::TEI) then ../facsimile else ())"/>
    <!-- the pages: page break, number, image, figure id and label; a surface's figure takes the surface's id once -->
    <xsl:variable name="pages" as="map(*)*">
      <xsl:iterate select="$pbs">
        <xsl:param name="i" as="xs:integer" select="1"/>
        <xsl:param name="seen" as="map(*)" select="map {}"/>
        <xsl:variable name="img" select="tk:facs-image(.)"/>
        <xsl:variable name="key" select="tk:image-key($img)"/>
        <xsl:variable name="first" select="exists($key) and not(map:contains($seen, $key))"/>
        <xsl:sequence select="map {
            'pb': ., 'n': $i, 'img': $img, 'key': $key, 'label': tk:page-label(., $img, string($i)),
            'fig': if (empty($img)) then ()
                   else if ($first) then tk:html-id(($img?surface, $img?graphic)[1])
                   else 'tk-page-img-' || tk:node-id(.) }"/>
        <xsl:next-iteration>
          <xsl:with-param name="i" select="$i + 1"/>
          <xsl:with-param name="seen" select="if ($first) then map:put($seen, $key, true()) else $seen"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <!-- the facsimile's images that no page shows -->
    <xsl:variable name="shown" as="map(*)" select="map:merge($pages[exists(?key)] ! map { ?key: true() }, map { 'duplicates': 'use-first' })"/>
    <xsl:variable name="others" as="map(*)*" select="
        for $e in $facsimiles/(descendant::surface, graphic)
        return (if ($e/self::surface) then tk:surface-image($e) else tk:graphic-image($e))[not(map:contains($shown, tk:image-key(.)))]"/>
    <xsl:variable name="extras" as="map(*)*" select="
        for $i in 1 to count($others) return let $img := $others[$i] return map {
          'n': $i, 'img': $img, 'key': tk:image-key($img),
          'label': tk:image-label($img, $i),
          'fig': tk:html-id(($img?surface, $img?graphic)[1]) }"/>
    <xsl:choose>
      <xsl:when test="empty($pages[exists(?img)]) and empty($extras)">
        <xsl:next-match/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="with-images" select="exists($pages[exists(?img)])"/>
        <xsl:variable name="page-map" as="map(*)" select="if ($with-images) then map:merge($pages ! map { generate-id(?pb): . }) else map {}"/>
        <xsl:variable name="fig-map" as="map(*)" select="map:merge(($pages, $extras)[exists(?key) and exists(?fig)] ! map { ?key: . },
                                                                   map { 'duplicates': 'use-first' })"/>
        <xsl:variable name="rendered" as="element()?">
          <xsl:next-match>
            <xsl:with-param name="tk:fpages" tunnel="yes" select="$page-map"/>
            <xsl:with-param name="tk:ffigs" tunnel="yes" select="$fig-map"/>
          </xsl:next-match>
        </xsl:variable>
        <xsl:variable name="notes" select="$rendered/*[local-name() eq 'section'][contains-token(@class, 'tk-notes')]"/>
        <xsl:variable name="split" as="array(*)*" select="tk:fsplit($rendered/node() except $notes, 0)"/>
        <xsl:element name="{local-name($rendered)}">
          <xsl:sequence select="$rendered/@* except $rendered/@class"/>
          <xsl:attribute name="class" select="string-join(($rendered/@class, 'tk-has-facsimile'), ' ')"/>
          <div class="tk-facsimile">
            <xsl:for-each-group select="$split" group-adjacent="?1">
              <xsl:variable name="k" as="xs:integer" select="current-grouping-key()"/>
              <xsl:variable name="content" select="current-group() ! ?2"/>
              <xsl:variable name="page" select="if ($k gt 0) then $pages[$k] else ()"/>
              <xsl:variable name="imgs" as="map(*)*" select="if ($with-images) then $page[exists(?img)] else $extras"/>
              <xsl:if test="exists($imgs) or tk:has-content($content)">
                <div class="{string-join(('tk-fpage', if (empty($imgs)) then 'tk-fpage-noimage' else ()), ' ')}">
                  <xsl:for-each select="$imgs">
                    <xsl:call-template name="tk:page-figure">
                      <xsl:with-param name="img" select="?img"/>
                      <xsl:with-param name="id" select="?fig"/>
                      <xsl:with-param name="label" select="?label"/>
                    </xsl:call-template>
                  </xsl:for-each>
                  <div class="tk-ftext">
                    <xsl:sequence select="$content"/>
                  </div>
                </div>
              </xsl:if>
            </xsl:for-each-group>
            <xsl:if test="$with-images and exists($extras)">
              <div class="tk-fpage tk-fpage-extra">
                <xsl:for-each select="$extras">
                  <xsl:call-template name="tk:page-figure">
                    <xsl:with-param name="img" select="?img"/>
                    <xsl:with-param name="id" select="?fig"/>
                    <xsl:with-param name="label" select="?label"/>
                  </xsl:call-template>
                </xsl:for-each>
                <div class="tk-ftext">
                  <p class="tk-fnote"><xsl:value-of select="tk:label('unlinked-images')"/></p>
                </div>
              </div>
            </xsl:if>
          </div>
          <xsl:sequence select="$notes"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether nodes hold more than whitespace. -->
  <xsl:function name="tk:has-content" as="xs:boolean">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="exists($nodes[self::* or self::text()[normalize-space()]])"/>
  </xsl:function>

  <!--
    Cut rendered HTML at the page markers (elements with @data-tk-page, made by the pb template below): a sequence
    of [page, node] in document order, page 0 before the first marker; an element that holds markers comes once per
    page it has content on (tk:fshell). Only the ancestors of markers are walked, and each looks for markers below
    it once: O(size x depth). (No maps of pages here: SaxonJS copies a map on every map:put.)
  -->
  <xsl:function name="tk:fsplit" as="array(*)*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="page" as="xs:integer"/>
    <xsl:iterate select="$nodes">
      <xsl:param name="p" as="xs:integer" select="$page"/>
      <xsl:choose>
        <xsl:when test="self::*/@data-tk-page">
          <xsl:variable name="q" as="xs:integer" select="xs:integer(@data-tk-page)"/>
          <xsl:variable name="marker" as="element()">
            <xsl:copy>
              <xsl:sequence select="@* except @data-tk-page, node()"/>
            </xsl:copy>
          </xsl:variable>
          <xsl:sequence select="[$q, $marker]"/>
          <xsl:next-iteration>
            <xsl:with-param name="p" select="$q"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="self::* and exists(descendant::*/@data-tk-page)">
          <xsl:variable name="e" select="."/>
          <xsl:variable name="inner" as="array(*)+" select="tk:fsplit(node(), $p)"/>
          <xsl:variable name="pieces" as="array(*)*">
            <xsl:for-each-group select="$inner" group-adjacent="?1">
              <xsl:variable name="content" select="current-group() ! ?2"/>
              <xsl:if test="tk:has-content($content)">
                <xsl:sequence select="[current-grouping-key(), $content]"/>
              </xsl:if>
            </xsl:for-each-group>
          </xsl:variable>
          <xsl:for-each select="$pieces">
            <xsl:sequence select="[?1, tk:fshell($e, ?2, position() eq 1)]"/>
          </xsl:for-each>
          <xsl:next-iteration>
            <xsl:with-param name="p" select="$inner[last()]?1"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="[$p, .]"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- A copy of $e around $content: the first piece keeps the element's id, the next ones are continuations. -->
  <xsl:function name="tk:fshell" as="element()">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:for-each select="$e">
      <xsl:copy>
        <xsl:choose>
          <xsl:when test="$first"><xsl:sequence select="@*"/></xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="@* except (@id, @aria-labelledby, @class)"/>
            <xsl:attribute name="class" select="string-join((@class, 'tk-cont'), ' ')"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:sequence select="$content"/>
      </xsl:copy>
    </xsl:for-each>
  </xsl:function>

  <!-- A page break of the facsimile layout: a page marker (data-tk-page, removed by tk:fsplit) linking to its image. -->
  <xsl:template match="pb[$tk:facs-layout]" priority="2">
    <xsl:param name="tk:fpages" tunnel="yes" as="map(*)?" select="()"/>
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="page" as="map(*)?" select="if (exists($tk:fpages)) then map:get($tk:fpages, generate-id()) else ()"/>
    <xsl:choose>
      <xsl:when test="empty($page)">
        <xsl:next-match/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="out" as="node()*"><xsl:next-match/></xsl:variable>
        <xsl:variable name="at" as="xs:integer" select="(for $i in 1 to count($out) return $i[$out[$i] instance of element()], count($out) + 1)[1]"/>
        <xsl:variable name="link" select="exists($page?fig) and not($tk:link)"/>
        <xsl:sequence select="subsequence($out, 1, $at - 1)"/>
        <xsl:for-each select="$out[$at]">
          <xsl:copy>
            <xsl:sequence select="@*"/>
            <xsl:attribute name="data-tk-page" select="$page?n"/>
            <xsl:choose>
              <xsl:when test="$link and exists(descendant::*[contains-token(@class, 'tk-pb-label')])">
                <xsl:apply-templates select="node()" mode="tk:pb-link">
                  <xsl:with-param name="page" select="$page"/>
                </xsl:apply-templates>
              </xsl:when>
              <xsl:when test="$link">
                <xsl:sequence select="node()"/>
                <a href="#{$page?fig}" class="tk-pb-label tk-pb-facs"><xsl:value-of select="$page?label"/></a>
              </xsl:when>
              <xsl:otherwise>
                <xsl:sequence select="node()"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:copy>
        </xsl:for-each>
        <xsl:sequence select="subsequence($out, $at + 1)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The label of a page marker becomes a link to the page's image (replacing a link to the image's URL). -->
  <xsl:template match="*[contains-token(@class, 'tk-pb-label')]" mode="tk:pb-link" priority="1">
    <xsl:param name="page" as="map(*)"/>
    <a href="#{$page?fig}" class="tk-pb-label tk-pb-facs" title="{$page?label}">
      <xsl:value-of select="."/>
    </a>
  </xsl:template>

  <xsl:template match="node()" mode="tk:pb-link">
    <xsl:param name="page" as="map(*)"/>
    <xsl:copy>
      <xsl:sequence select="@*"/>
      <xsl:apply-templates select="node()" mode="tk:pb-link">
        <xsl:with-param name="page" select="$page"/>
      </xsl:apply-templates>
    </xsl:copy>
  </xsl:template>

  <!-- ===== zone regions ===== -->

  <!-- The zone an element's @facs points at (its first pointer), or (). -->
  <xsl:function name="tk:facs-zone" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="tok" select="tk:first-token($e/@facs)"/>
    <xsl:sequence select="if (starts-with($tok, '#')) then tk:resolve($e, $tok)[self::zone] else ()"/>
  </xsl:function>

  <!-- (@facs first: the attribute test is what most elements fail, and it costs less than the variable) -->
  <xsl:template match="*[@facs][$tk:facs-layout][not(self::pb)]" priority="1">
    <xsl:variable name="z" select="tk:facs-zone(.)"/>
    <xsl:choose>
      <xsl:when test="empty($z)">
        <xsl:next-match/>
      </xsl:when>
      <xsl:when test="empty(node())">
        <xsl:next-match/>
        <xsl:call-template name="tk:zone-region"><xsl:with-param name="zone" select="$z"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:zone-region"><xsl:with-param name="zone" select="$z"/></xsl:call-template>
        <xsl:next-match/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The region of a zone: a link (to the page's figure when the page shows it, else to the image) around a box of
    the region's aspect ratio (width: 2.4em of height, between 6em and 40em wide, never wider than its column).
    Inside, a IIIF region request, or the whole image placed by percentages so that only the region shows.
  -->
  <xsl:template name="tk:zone-region">
    <xsl:param name="zone" as="element()"/>
    <xsl:param name="tk:ffigs" tunnel="yes" as="map(*)?" select="()"/>
    <xsl:param name="tk:link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="surface" select="$zone/ancestor::surface[1]"/>
    <xsl:variable name="own" select="if (exists($zone/graphic)) then (for $g in $zone/graphic return tk:graphic-image($g))[1] else ()"/>
    <xsl:variable name="fig" select="if (exists($surface) and exists($tk:ffigs)) then map:get($tk:ffigs, generate-id($surface)) else ()"/>
    <!-- the page's image as the layout found it, else found again -->
    <xsl:variable name="img" select="if (exists($own)) then $own else if (exists($fig)) then $fig?img else tk:surface-image($surface)"/>
    <xsl:variable name="r" select="if (exists($img) and empty($own)) then tk:region($zone, $img) else ()"/>
    <xsl:variable name="where" select="if (exists($fig)) then $fig?label
                                       else if (exists($surface)) then tk:page-label((), map { 'surface': $surface }, tk:surface-label($surface)) else ''"/>
    <xsl:variable name="alt" select="string-join((if (starts-with($where, tk:label('page-image') || ' ')) then tk:label('region-of') || ' ' || lower-case(substring($where, 1, 1)) || substring($where, 2)
                                                   else if ($where ne '') then tk:label('region') || ' (' || $where || ')' else tk:label('region'),
                                                  if (exists($r?rotate)) then tk:label('rotated') || ' ' || $r?rotate || '°' else ()), ', ')"/>
    <xsl:variable name="title" select="if (exists($r)) then $alt || ' (' || $r?coords || ')' else $alt"/>
    <xsl:variable name="href" select="if (exists($fig)) then '#' || $fig?fig else if (exists($r?iiif)) then $r?iiif else string($img?src)"/>
    <xsl:if test="exists($img)">
      <xsl:variable name="box" as="element()">
        <span class="tk-crop">
          <xsl:choose>
            <xsl:when test="exists($own)">
              <xsl:attribute name="class" select="'tk-crop tk-crop-whole'"/>
              <img src="{$own?src}" alt="{$alt}" loading="lazy"/>
            </xsl:when>
            <xsl:when test="exists($r?iiif)">
              <xsl:attribute name="style" select="$r?box-style"/>
              <img class="tk-region-iiif" src="{$r?iiif}" alt="{$alt}" loading="lazy" width="{$r?px[1]}" height="{$r?px[2]}"/>
            </xsl:when>
            <xsl:when test="exists($r?img-style)">
              <xsl:attribute name="style" select="$r?box-style"/>
              <img src="{$img?src}" alt="{$alt}" loading="lazy" style="{$r?img-style}"/>
            </xsl:when>
            <xsl:otherwise>
              <!-- no coordinates to crop by: the words, linking to the image -->
              <xsl:attribute name="class" select="'tk-crop tk-crop-none'"/>
              <xsl:value-of select="'[' || $alt || ']'"/>
            </xsl:otherwise>
          </xsl:choose>
        </span>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$tk:link or $href eq ''">
          <span class="tk-region" title="{$title}"><xsl:sequence select="$box"/></span>
        </xsl:when>
        <xsl:otherwise>
          <a class="tk-region" href="{$href}" title="{$title}">
            <xsl:if test="tk:is-external($href)"><xsl:attribute name="rel" select="'noopener noreferrer'"/></xsl:if>
            <xsl:sequence select="$box"/>
          </a>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- ===== CSS ===== -->

  <xsl:variable name="tk:css-facsimile" as="xs:string"><![CDATA[/* page images beside the text (facsimile layout, embedded transcriptions) */
.tei-edition>.tei-text.tk-has-facsimile,.tk-member>.tei-text.tk-has-facsimile{max-width:none}
.tei-edition>.tei-sourceDoc:has(>.tk-fpage),.tk-member>.tei-sourceDoc:has(>.tk-fpage),.tei-edition.tk-fragment>.tk-fpage{max-width:none}
.tk-facsimile{margin:1.5rem 0}
.tei-edition .tk-fpage{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:2rem;align-items:start;margin:0 0 2rem;padding-top:1rem;border-top:1px solid var(--tk-rule)}
.tk-fpage>*{grid-column:2;min-width:0}
.tk-fpage>.tk-surface-label{grid-column:1/-1}
.tei-edition .tei-surface.tk-fpage{border-top:0;padding-top:0}
.tei-edition .tk-fpage>.tk-fimage{grid-column:1;margin:0 0 1rem;position:sticky;top:.5rem}
.tk-fpage>.tk-fimage~.tk-fimage{position:static}
.tk-ftext>:first-child{margin-top:0}
.tk-fimage-link{display:block}
.tei-edition .tk-fimage img{display:block;max-width:100%;height:auto;max-height:92vh;object-fit:contain;margin:0 auto;background:var(--tk-soft)}
.tk-fimage figcaption{margin-top:.3em;text-align:center;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.85rem;color:var(--tk-muted)}
.tk-fdesc{display:block;font-size:.9em}
.tk-fsource{font-size:.9em}
.tk-fnote{font-style:italic;color:var(--tk-muted)}
.tk-pb-facs{color:inherit}
.tei-edition a.tk-region{display:inline-block;vertical-align:middle;max-width:100%;margin:.15em .4em .15em 0;text-decoration:none;color:var(--tk-muted)}
.tk-region{font-size:.8rem}
.tk-crop{display:block;position:relative;overflow:hidden;max-width:100%;background:var(--tk-soft);outline:1px solid var(--tk-rule)}
.tei-edition .tk-crop img{position:absolute;max-width:none;max-height:none;margin:0}
.tei-edition .tk-crop img.tk-region-iiif,.tei-edition .tk-crop-whole img{position:static;display:block;width:100%;height:100%}
.tk-crop-whole{width:12em}
.tk-crop-none{position:static;outline:0;background:none}
a.tk-region:focus-visible,.tk-fimage-link:focus-visible{outline:2px solid var(--tk-link);outline-offset:2px}
@media (max-width:52rem){
 .tei-edition .tk-fpage{grid-template-columns:minmax(0,1fr)}
 .tei-edition .tk-fpage>*,.tei-edition .tk-fpage>.tk-fimage{grid-column:1;position:static}
 .tei-edition .tk-fimage img{max-height:70vh}
}
@media print{
 .tei-edition .tk-fpage{grid-template-columns:minmax(0,1fr);break-inside:auto}
 .tei-edition .tk-fpage>*,.tei-edition .tk-fpage>.tk-fimage{grid-column:1;position:static}
 .tk-fimage{break-inside:avoid}
 .tei-edition .tk-fimage img{max-height:60vh}
}
]]></xsl:variable>

</xsl:stylesheet>
