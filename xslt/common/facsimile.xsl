<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: page images and their regions (no output format assumptions). Used by the HTML facsimile layout and
  the pages of embedded transcriptions (html/facsimile.xsl, html/transcription.xsl). The text stylesheet does not
  import it: text output keeps its "[Image <url>]" line, the URL as the document gives it, and SaxonJS's cost per
  transform grows with the size of the compiled stylesheet (a customised text stylesheet may import it).

  An image is a map:
    'url'      the image's address after the URL policy (tk:url-at: http(s), relative, never javascript:/data:)
    'src'      what an <img> loads: the URL itself, or for a IIIF image the whole image (full/max/0/default.jpg)
    'iiif'     the IIIF parts (tk:iiif) or ()
    'w', 'h'   the size for width/height: the graphic's @width/@height in px (or plain numbers), else the
               surface's lrx-ulx and lry-uly; () when unknown
    'size'     the graphic's (width, height) in pixels, or ()
    'space'    the coordinate system of its surface's zones, (x0, y0, x1, y1): the surface's ulx/uly/lrx/lry,
               else (0, 0, width, height) of the graphic; () when neither is known
    'graphic', 'surface'   the TEI elements it comes from (either may be absent)
  An image is shown only when a browser can show it (tk:image-kind): IIIF, a known image extension
  (jpg, jpeg, png, gif, webp, avif, svg, bmp) or an image/* @mimeType; TIFF (which most browsers cannot
  show) and addresses that are not images (an identifier, a page of a viewer) stay links.

  IIIF (Image API 2.1 and 3) is recognised, conservatively, by the URL alone:
    - ".../full/{size}/{rotation}/{quality}.{format}" (region full, the rest as the API spells them): the image
      as given; a region replaces "full" with "x,y,w,h" and keeps size, rotation, quality and format;
    - ".../info.json", or a URL whose path has a segment "iiif" and whose last segment has no file extension
      (https://iiif.bodleian.ox.ac.uk/iiif/image/{uuid}), or any URL of a graphic whose @mimeType names IIIF or
      JSON-LD: the image service's base URL; the image is "{base}/full/max/0/default.jpg" and a region
      "{base}/x,y,w,h/max/0/default.jpg" ("max" is the size keyword of 2.1 and 3; 2.0 servers only know "full").
  Regions are in pixels of the image: the zone's box in its surface's coordinates (ulx, uly, lrx, lry), scaled
  by the graphic's @width/@height when both are known, else taken as pixels.

  Boxes are sequences of four numbers (x0, y0, x1, y1): a zone's from ulx/uly/lrx/lry or, failing those, the
  bounding box of @points; a surface's from its ulx/uly/lrx/lry or, failing those, (0, 0, width, height) of its
  graphic. A zone is clipped to its surface; @rotate is reported (the region's 'rotate'), never applied.
  Coordinates are numbers as src/tei/coordinates.ts reads them (the model and the zone-geometry rule).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The graphics of a facsimile by their @url, for a pb/@facs that repeats a graphic's URL instead of its id. -->
  <xsl:key name="tk:facs-graphic" match="facsimile//graphic[@url]" use="normalize-space(@url)"/>

  <!-- ===== numbers and boxes ===== -->

  <!-- A length in pixels: "2862px" or "2862" (or "12.5"); () for other units, percentages or nonsense. -->
  <xsl:function name="tk:px" as="xs:double?">
    <xsl:param name="v" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($v)"/>
    <xsl:if test="matches($t, '^[0-9]+(\.[0-9]+)?(px)?$')">
      <xsl:sequence select="xs:double(replace($t, 'px$', ''))"/>
    </xsl:if>
  </xsl:function>

  <!-- A coordinate (teidata.numeric: "12", "-3.5", "1e3"; as src/tei/coordinates.ts reads it); () otherwise. -->
  <xsl:function name="tk:coord" as="xs:double?">
    <xsl:param name="v" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($v)"/>
    <xsl:if test="$t castable as xs:double and translate($t, '0123456789.+-eE', '') eq ''">
      <xsl:sequence select="xs:double($t)"/>
    </xsl:if>
  </xsl:function>

  <!-- (x0, y0, x1, y1) from four coordinates when all are numbers and x0 < x1, y0 < y1; else (). -->
  <xsl:function name="tk:box" as="xs:double*">
    <xsl:param name="ulx" as="xs:string?"/>
    <xsl:param name="uly" as="xs:string?"/>
    <xsl:param name="lrx" as="xs:string?"/>
    <xsl:param name="lry" as="xs:string?"/>
    <xsl:variable name="b" select="(tk:coord($ulx), tk:coord($uly), tk:coord($lrx), tk:coord($lry))"/>
    <xsl:sequence select="if (count($b) eq 4 and $b[1] lt $b[3] and $b[2] lt $b[4]) then $b else ()"/>
  </xsl:function>

  <!--
    The bounding box of @points ("x,y x,y ..."): () when any token is not "x,y" (as src/tei/coordinates.ts reads
    them) or the points enclose no area.
  -->
  <xsl:function name="tk:points-box" as="xs:double*">
    <xsl:param name="points" as="xs:string?"/>
    <xsl:variable name="pairs" select="tokenize(normalize-space($points), ' ')[. ne '']"/>
    <xsl:if test="exists($pairs) and (every $p in $pairs satisfies matches($p, '^-?[0-9]+(\.[0-9]+)?,-?[0-9]+(\.[0-9]+)?$'))">
      <xsl:variable name="xs" select="$pairs ! xs:double(substring-before(., ','))"/>
      <xsl:variable name="ys" select="$pairs ! xs:double(substring-after(., ','))"/>
      <xsl:sequence select="if (min($xs) lt max($xs) and min($ys) lt max($ys)) then (min($xs), min($ys), max($xs), max($ys)) else ()"/>
    </xsl:if>
  </xsl:function>

  <!-- A graphic's size (width, height) in pixels, or (). -->
  <xsl:function name="tk:graphic-size" as="xs:double*">
    <xsl:param name="g" as="element()?"/>
    <xsl:variable name="s" select="(tk:px($g/@width), tk:px($g/@height))"/>
    <xsl:sequence select="if (count($s) eq 2 and $s[1] gt 0 and $s[2] gt 0) then $s else ()"/>
  </xsl:function>

  <!-- Numbers for CSS and URLs: at most four decimals, no exponent ("-12.5", "300"). -->
  <xsl:function name="tk:nums" as="xs:string*">
    <xsl:param name="xs" as="xs:double*"/>
    <xsl:sequence select="$xs ! (if (. eq round(.) and abs(.) lt 1e15) then string(xs:integer(.)) else format-number(. + 0, '0.####'))"/>
  </xsl:function>

  <!-- ===== IIIF ===== -->

  <!--
    The IIIF parts of an image URL (already through the URL policy): map { 'base', 'size', 'rotation',
    'quality', 'format' }, or () when the URL is not recognised as IIIF (see the rule at the top).
  -->
  <xsl:function name="tk:iiif" as="map(*)?">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="mime" as="xs:string?"/>
    <xsl:variable name="full" select="'^(.+)/full/(full|max|\^?max|\^?!?[0-9]*,[0-9]*|\^?pct:[0-9.]+)/(!?[0-9]+(\.[0-9]+)?)/(default|color|colour|gray|grey|bitonal|native)\.(jpg|jpeg|png|gif|webp|tif|tiff|jp2)$'"/>
    <xsl:variable name="path" select="replace($url, '^https?://[^/]*', '', 'i')"/>
    <xsl:variable name="last" select="tokenize($path, '/')[last()]"/>
    <xsl:sequence select="
      if ($url eq '' or matches($url, '[?#]')) then ()
      else if (matches($url, $full, 'i')) then
        map { 'base': replace($url, $full, '$1', 'i'), 'size': replace($url, $full, '$2', 'i'),
              'rotation': replace($url, $full, '$3', 'i'), 'quality': replace($url, $full, '$5', 'i'),
              'format': replace($url, $full, '$6', 'i') }
      else if (ends-with($url, '/info.json')) then tk:iiif-service(substring($url, 1, string-length($url) - 10))
      else if ((matches($path, '/iiif/', 'i') and $last ne '' and not(contains($last, '.')))
               or matches(string($mime), 'iiif|ld\+json', 'i')) then tk:iiif-service(replace($url, '/+$', ''))
      else ()"/>
  </xsl:function>

  <xsl:function name="tk:iiif-service" as="map(*)">
    <xsl:param name="base" as="xs:string"/>
    <xsl:sequence select="map { 'base': $base, 'size': 'max', 'rotation': '0', 'quality': 'default', 'format': 'jpg' }"/>
  </xsl:function>

  <!-- A IIIF image request: $region is 'full' or 'x,y,w,h'. -->
  <xsl:function name="tk:iiif-url" as="xs:string">
    <xsl:param name="iiif" as="map(*)"/>
    <xsl:param name="region" as="xs:string"/>
    <xsl:sequence select="string-join(($iiif?base, $region, $iiif?size, $iiif?rotation, $iiif?quality || '.' || $iiif?format), '/')"/>
  </xsl:function>

  <!-- 'iiif', 'image' (a browser shows it in <img>) or '' (not an image a browser can show: a link at most). -->
  <xsl:function name="tk:image-kind" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="mime" as="xs:string?"/>
    <xsl:variable name="m" select="lower-case(normalize-space($mime))"/>
    <xsl:sequence select="
      if ($url eq '') then ''
      else if (exists(tk:iiif($url, $mime))) then 'iiif'
      else if (starts-with($m, 'image/')) then (if (contains($m, 'tif')) then '' else 'image')
      else if (matches(replace($url, '[?#].*$', ''), '\.(jpe?g|png|gif|webp|avif|svg|bmp)$', 'i')) then 'image'
      else ''"/>
  </xsl:function>

  <!-- ===== images ===== -->

  <!-- The image of a graphic element (see the map at the top), or () when a browser cannot show it. -->
  <xsl:function name="tk:graphic-image" as="map(*)?">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="url" select="tk:url-at($g/@url)"/>
    <xsl:variable name="kind" select="tk:image-kind($url, $g/@mimeType)"/>
    <xsl:if test="$kind ne ''">
      <xsl:variable name="iiif" select="if ($kind eq 'iiif') then tk:iiif($url, $g/@mimeType) else ()"/>
      <xsl:variable name="s" select="$g/parent::surface"/>
      <xsl:variable name="size" select="tk:graphic-size($g)"/>
      <xsl:variable name="box" select="tk:box($s/@ulx, $s/@uly, $s/@lrx, $s/@lry)"/>
      <xsl:sequence select="map {
          'url': $url,
          'src': if (exists($iiif)) then tk:iiif-url($iiif, 'full') else $url,
          'iiif': $iiif,
          'w': if (exists($size)) then $size[1] else if (exists($box)) then $box[3] - $box[1] else (),
          'h': if (exists($size)) then $size[2] else if (exists($box)) then $box[4] - $box[2] else (),
          'space': if (exists($box)) then $box else if (exists($size)) then (0, 0, $size) else (),
          'size': $size,
          'graphic': $g,
          'surface': $s }"/>
    </xsl:if>
  </xsl:function>

  <!-- The image of a surface: its first graphic (child, not a zone's) that a browser can show; or (). -->
  <xsl:function name="tk:surface-image" as="map(*)?">
    <xsl:param name="s" as="element()?"/>
    <xsl:sequence select="(for $g in $s/graphic return tk:graphic-image($g))[1]"/>
  </xsl:function>

  <!--
    The image an element's @facs points at: a surface (its image), a zone (its surface's image), a graphic, a
    facsimile graphic whose @url is the value, or else the value itself as the URL of an image (pb/@facs
    holding an image's address, as TEI Publisher and EpiDoc editions write it). () when there is none a
    browser can show.
  -->
  <xsl:function name="tk:facs-image" as="map(*)?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="tok" select="tk:first-token($e/@facs)"/>
    <xsl:choose>
      <xsl:when test="$tok eq ''"/>
      <xsl:when test="starts-with($tok, '#')">
        <xsl:variable name="t" select="tk:resolve($e, $tok)"/>
        <xsl:sequence select="
          if ($t/self::surface) then tk:surface-image($t)
          else if ($t/self::graphic) then tk:graphic-image($t)
          else if ($t/self::zone) then tk:surface-image($t/ancestor::surface[1])
          else ()"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="m" select="tk:member($e)"/>
        <xsl:variable name="g" select="key('tk:facs-graphic', $tok, root($e))[tk:member(.) is $m or (empty($m) and empty(tk:member(.)))][1]"/>
        <xsl:variable name="url" select="tk:url-at($e/@facs)"/>
        <xsl:variable name="kind" select="tk:image-kind($url, ())"/>
        <xsl:sequence select="
          if (exists($g)) then tk:graphic-image($g)
          else if ($kind eq '') then ()
          else
            let $iiif := if ($kind eq 'iiif') then tk:iiif($url, ()) else ()
            return map { 'url': $url, 'src': if (exists($iiif)) then tk:iiif-url($iiif, 'full') else $url,
                         'iiif': $iiif, 'w': (), 'h': (), 'space': (), 'size': (), 'graphic': (), 'surface': () }"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- ===== regions ===== -->

  <!--
    The region of a zone on its surface's image $img (made by tk:graphic-image for that surface's graphic):
      'box'        (x0, y0, x1, y1) in the surface's coordinates, clipped to the surface; 'coords' the same as text
      'w', 'h'     its width and height
      'box-style'  the style of a box of the region's aspect ratio, 2.4em high within 6em..40em wide
      'img-style'  percentages that place the whole image in that box so that only the region shows; () when the
                   surface has no coordinate system
      'iiif'       the IIIF region request, or () when the image is not IIIF; 'px' its (width, height) in pixels
      'rotate'     the zone's @rotate in degrees as text, or ()
    () when the zone has no usable box or lies outside its surface.
    Written for speed (one call per region, numbers formatted in one call): a page can link thousands of lines.
  -->
  <xsl:function name="tk:region" as="map(*)?">
    <xsl:param name="z" as="element()"/>
    <xsl:param name="img" as="map(*)"/>
    <xsl:variable name="c" select="($z/@ulx, $z/@uly, $z/@lrx, $z/@lry) ! normalize-space(.)"/>
    <xsl:variable name="n" as="xs:double*" select="if (count($c) eq 4 and (every $v in $c satisfies ($v castable as xs:double and translate($v, '0123456789.+-eE', '') eq '')))
                                                   then $c ! xs:double(.) else ()"/>
    <xsl:variable name="zb" select="if (count($n) eq 4 and $n[1] lt $n[3] and $n[2] lt $n[4]) then $n
                                    else if (exists($z/@points)) then tk:points-box($z/@points) else ()"/>
    <xsl:variable name="space" select="$img?space"/>
    <xsl:variable name="b" select="if (empty($zb) or empty($space)) then $zb
        else (max(($zb[1], $space[1])), max(($zb[2], $space[2])), min(($zb[3], $space[3])), min(($zb[4], $space[4])))"/>
    <xsl:if test="count($b) eq 4 and $b[1] lt $b[3] and $b[2] lt $b[4]">
      <xsl:variable name="w" select="$b[3] - $b[1]"/>
      <xsl:variable name="h" select="$b[4] - $b[2]"/>
      <xsl:variable name="sw" select="$space[3] - $space[1]"/>
      <xsl:variable name="sh" select="$space[4] - $space[2]"/>
      <xsl:variable name="size" select="$img?size"/>
      <!-- image pixels per coordinate unit: the graphic's size over the surface's extent, else 1 -->
      <xsl:variable name="kx" select="if (exists($size) and exists($space)) then $size[1] div $sw else 1"/>
      <xsl:variable name="ky" select="if (exists($size) and exists($space)) then $size[2] div $sh else 1"/>
      <xsl:variable name="ox" select="if (exists($space)) then $space[1] else 0"/>
      <xsl:variable name="oy" select="if (exists($space)) then $space[2] else 0"/>
      <xsl:variable name="rot" select="normalize-space($z/@rotate)[. castable as xs:double and translate(., '0123456789.+-eE', '') eq '']"/>
      <xsl:variable name="px" as="xs:double*" select="if (empty($img?iiif)) then () else
          (round(($b[1] - $ox) * $kx), round(($b[2] - $oy) * $ky), max((1, round($w * $kx))), max((1, round($h * $ky))))"/>
      <!-- every number as text at once: box (1-4), w, h, box width (7), left, top, width, height (8-11) -->
      <xsl:variable name="t" select="tk:nums(($b, $w, $h, max((6, min((40, 2.4 * $w div $h)))),
          if (empty($space)) then () else (-100 * ($b[1] - $space[1]) div $w, -100 * ($b[2] - $space[2]) div $h, 100 * $sw div $w, 100 * $sh div $h),
          $px))"/>
      <xsl:sequence select="map {
          'box': $b, 'w': $w, 'h': $h,
          'coords': string-join(subsequence($t, 1, 4), ','),
          'box-style': 'aspect-ratio:' || $t[5] || '/' || $t[6] || ';width:' || $t[7] || 'em',
          'img-style': if (empty($space)) then () else 'left:' || $t[8] || '%;top:' || $t[9] || '%;width:' || $t[10] || '%;height:' || $t[11] || '%',
          'iiif': if (empty($px)) then () else tk:iiif-url($img?iiif, string-join(subsequence($t, if (empty($space)) then 8 else 12, 4), ',')),
          'px': ($px[3], $px[4]),
          'rotate': if (exists($rot) and xs:double($rot) ne 0) then tk:nums(xs:double($rot)) else () }"/>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
