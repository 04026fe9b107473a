<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: shared functions (no output format assumptions).
    - identifiers: tk:html-id, tk:member, tk:resolve (pointer resolution scoped to one TEI member)
    - language: tk:lang, tk:lang-name
    - URLs: tk:safe-url, tk:url-of, tk:url-at (with xml:base)
    - classes: tk:class-token, tk:rend-classes
    - whitespace around lb/pb/cb[@break='no']: tk:ws-text
  All lookups go through xsl:key; nothing here scans the document.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Every element with an xml:id, by that id (ids may repeat across teiCorpus members). -->
  <xsl:key name="tk:id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!--
    The same, scoped to a TEI document: "{generate-id(TEI)}#{xml:id}" ("#{xml:id}" for corpus-level
    elements). Resolving through this key costs the same however often an id repeats across the
    members of a teiCorpus (filtering tk:id results by member would be quadratic).
  -->
  <xsl:key name="tk:id-in" match="*[@xml:id]" use="generate-id(ancestor-or-self::TEI[1]) || '#' || @xml:id"/>

  <!-- ===== identifiers ===== -->

  <!-- The TEI document (teiCorpus member) a node belongs to; empty for corpus-level nodes. -->
  <xsl:function name="tk:member" as="element()?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="$n/ancestor-or-self::TEI[1]"/>
  </xsl:function>

  <!--
    The HTML id for an element. An xml:id is kept as it is when it is unique in the input and
    does not use one of the prefixes reserved for generated ids (tk-, fn-, fnref-). Otherwise
    (repeated across teiCorpus members, or reserved) the id is "tk-e-" + generate-id(), plus the
    xml:id for readability. Elements without an xml:id get "tk-e-" + generate-id().
    generate-id() values are alphanumeric (no hyphen), so no two results can coincide.
  -->
  <xsl:function name="tk:html-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="x" select="string($e/@xml:id)"/>
    <xsl:sequence select="
      if ($x eq '') then concat('tk-e-', tk:node-id($e))
      else if (not((substring($x, 3, 1) eq '-' or substring($x, 6, 1) eq '-') and matches($x, '^(tk|fn|fnref)-', 'i'))
               and empty(key('tk:id', $x, root($e))[2])) then $x
      else concat('tk-e-', tk:node-id($e), '-', replace($x, '[^A-Za-z0-9_.\-]', '_'))"/>
  </xsl:function>

  <!--
    generate-id() without the document number. SaxonJS writes "d" + a counter of the documents it has
    built in the process + the node's path in letters; the counter would make the same input give other
    ids on every call. The path alone is unique within the document, so the output is stable.
  -->
  <xsl:function name="tk:node-id" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="replace(generate-id($e), '^d[0-9]+', 'n')"/>
  </xsl:function>

  <!--
    Resolve a pointer (one token of @ref, @target, @corresp, @hand, ...) to an element of the same
    document. Only local pointers ("#id") resolve. Within a teiCorpus, an id is looked up in the
    pointer's own member first, then among corpus-level elements; never in another member.
  -->
  <xsl:function name="tk:resolve" as="element()?">
    <xsl:param name="ctx" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="p" select="normalize-space($pointer)"/>
    <xsl:if test="starts-with($p, '#') and string-length($p) gt 1">
      <xsl:variable name="id" select="substring($p, 2)"/>
      <xsl:variable name="doc" select="root($ctx)"/>
      <xsl:variable name="m" select="$ctx/ancestor-or-self::TEI[1]"/>
      <!--
        The usual case first, without the member-scoped key (which costs a pass over every id): the first
        element with this id is in the pointer's own member, so it is the first match there; or no element
        has this id at all.
      -->
      <xsl:variable name="first" select="if (exists($m)) then key('tk:id', $id, $doc)[1] else ()"/>
      <xsl:sequence select="
        if (exists($m) and empty($first)) then ()
        else if (exists($first) and $first/ancestor-or-self::TEI[1] is $m) then $first
        else (
          key('tk:id-in', generate-id($m) || '#' || $id, $doc),
          (if (exists($m)) then key('tk:id-in', '#' || $id, $doc) else ()),
          (if (empty($m)) then key('tk:id', $id, $doc)[empty(key('tk:id', $id, $doc)[2])] else ())
        )[1]"/>
    </xsl:if>
  </xsl:function>

  <!-- First token of a pointer list. -->
  <xsl:function name="tk:first-token" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="string(tokenize(normalize-space($s), ' ')[1])"/>
  </xsl:function>

  <!-- ===== language ===== -->

  <!-- The xml:lang in force at a node ('' when none). -->
  <xsl:function name="tk:lang" as="xs:string">
    <xsl:param name="n" as="node()?"/>
    <xsl:variable name="l" select="string($n/ancestor-or-self::*[@xml:lang][1]/@xml:lang)"/>
    <xsl:sequence select="if ($l eq '') then '' else tk:lang-tag($l)"/>
  </xsl:function>

  <!-- Human name of a language code: langUsage of the member first, then the labels map. -->
  <xsl:function name="tk:lang-name" as="xs:string">
    <xsl:param name="ctx" as="node()"/>
    <xsl:param name="code" as="xs:string"/>
    <xsl:variable name="m" select="(tk:member($ctx), root($ctx)/*)[1]"/>
    <xsl:variable name="decl" select="$m/teiHeader/profileDesc/langUsage/language[@ident = $code][normalize-space()]"/>
    <xsl:sequence select="
      if (exists($decl)) then normalize-space($decl[1])
      else if (tk:has-label('lang-' || lower-case($code))) then tk:label('lang-' || lower-case($code))
      else if (tk:has-label('lang-' || lower-case(substring-before($code || '-', '-'))))
        then tk:label('lang-' || lower-case(substring-before($code || '-', '-')))
      else $code"/>
  </xsl:function>

  <!-- Whether a language code is written right to left. -->
  <xsl:variable name="tk:rtl-langs" as="map(xs:string, xs:boolean)" select="map:merge(
      ('ar', 'ara', 'he', 'heb', 'fa', 'per', 'fas', 'ur', 'urd', 'syr', 'yi', 'yid', 'arc', 'ps', 'dv', 'ug', 'ckb', 'sd') ! map { .: true() })"/>

  <!-- (A map lookup: a general comparison with a literal sequence builds the sequence on every call in SaxonJS.) -->
  <xsl:function name="tk:is-rtl" as="xs:boolean">
    <xsl:param name="code" as="xs:string"/>
    <xsl:sequence select="map:contains($tk:rtl-langs, lower-case(substring-before($code || '-', '-')))
                          and not(matches($code, '-(Latn|Cyrl|Grek)', 'i'))"/>
  </xsl:function>

  <!-- ===== URLs ===== -->

  <!--
    tk:safe-url: a URL fit for href/src, or '' when it must not be used.
    Kept: http: and https: URLs, relative paths, '?query' and '#fragment' references.
    Rejected: any other scheme (javascript:, data:, vbscript:, file:, mailto:, ...), in any case,
    also when hidden by whitespace, control or format characters anywhere in it (browsers drop
    tabs and newlines inside URLs); protocol-relative '//host' and backslash forms ('\\host',
    '/\host'), which browsers treat as another host.
    Entity tricks cannot survive: the XML parser has already resolved character references, and
    the serializer escapes '&' in attribute values, so the browser sees exactly this string.
    The kept URL has leading/trailing space removed and the remaining space and control characters
    percent-encoded (iri-to-uri).
  -->
  <xsl:function name="tk:safe-url" as="xs:string">
    <xsl:param name="u" as="xs:string?"/>
    <xsl:variable name="t" select="replace(string($u), '^[\s\p{Z}\p{Cc}\p{Cf}]+|[\s\p{Z}\p{Cc}\p{Cf}]+$', '')"/>
    <xsl:variable name="probe" select="lower-case(replace($t, '[\s\p{Z}\p{Cc}\p{Cf}]', ''))"/>
    <xsl:sequence select="
      if ($probe eq '') then ''
      else if (contains($probe, '\')) then ''
      else if (starts-with($probe, '//')) then ''
      else if (matches($probe, '^[a-z][a-z0-9+.\-]*:')) then
        (if (matches($probe, '^https?://[^/]')) then iri-to-uri($t) else '')
      else if (matches($probe, '^[^/?#]*:')) then ''
      else iri-to-uri($t)"/>
  </xsl:function>

  <!--
    The URL to use for a pointer attribute (@target, @ref, @facs, @url ...), which may hold several
    whitespace-separated URIs: the first one, sanitised. When the whole value, with whitespace and
    control characters removed, starts with a scheme other than http(s) (e.g. "jav&#9;ascript:"),
    nothing is used.
  -->
  <xsl:function name="tk:url-of" as="xs:string">
    <xsl:param name="attr" as="xs:string?"/>
    <xsl:variable name="probe" select="lower-case(replace(string($attr), '[\s\p{Z}\p{Cc}\p{Cf}]', ''))"/>
    <xsl:sequence select="
      if (matches($probe, '^[a-z][a-z0-9+.\-]*:') and not(matches($probe, '^https?:'))) then ''
      else tk:safe-url(tk:first-token($attr))"/>
  </xsl:function>

  <!--
    tk:url-at: tk:url-of for a URL attribute, resolved first against the xml:base of its element and
    ancestors: a page included by XInclude carries xml:base="pages/p1.xml", so its relative
    <graphic url="img/p1.jpg"/> is pages/img/p1.jpg from the document that includes it. Bases are
    applied from the nearest outwards until an absolute one (a scheme or a leading '/'); the result
    stays relative when they all are, and goes through the same URL policy as any other.
  -->
  <xsl:function name="tk:url-at" as="xs:string">
    <xsl:param name="attr" as="attribute()?"/>
    <xsl:variable name="url" select="tk:first-token($attr)"/>
    <xsl:variable name="bases" select="reverse($attr/../ancestor-or-self::*/@xml:base)"/>
    <xsl:sequence select="
      if (empty($bases) or $url eq '' or matches($url, '^([A-Za-z][A-Za-z0-9+.\-]*:|[/#?])')) then tk:url-of($attr)
      else tk:url-of(tk:with-bases($url, $bases))"/>
  </xsl:function>

  <xsl:function name="tk:with-bases" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="bases" as="attribute()*"/>
    <xsl:variable name="base" select="normalize-space($bases[1])"/>
    <xsl:variable name="resolved" select="replace($base, '[^/]+$', '') || $url"/>
    <xsl:sequence select="
      if (empty($bases)) then $url
      else if (matches($base, '^([A-Za-z][A-Za-z0-9+.\-]*:|/)')) then $resolved
      else tk:with-bases($resolved, tail($bases))"/>
  </xsl:function>

  <!-- A language tag fit for the lang attribute (BCP 47 shape), or ''. -->
  <xsl:function name="tk:lang-tag" as="xs:string">
    <xsl:param name="l" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($l)"/>
    <xsl:sequence select="if (matches($t, '^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$')) then $t else ''"/>
  </xsl:function>

  <!-- Whether a (safe) URL points outside the document. -->
  <xsl:function name="tk:is-external" as="xs:boolean">
    <xsl:param name="u" as="xs:string"/>
    <xsl:sequence select="matches($u, '^https?:', 'i')"/>
  </xsl:function>

  <!-- ===== classes ===== -->

  <!--
    A token fit for a class name (letters, digits, '-', '_'), at most 40 characters. Most values (element
    names, types) are already fit: translate() tells so more cheaply than the regular expression.
  -->
  <xsl:function name="tk:class-token" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($s)"/>
    <xsl:sequence select="if (string-length($t) le 40 and translate($t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', '') eq '') then $t
                          else substring(replace($t, '[^A-Za-z0-9_\-]', '_'), 1, 40)"/>
  </xsl:function>

  <!-- Known @rend / @rendition / @style values mapped to classes; everything else is dropped. -->
  <xsl:variable name="tk:rend-map" as="map(xs:string, xs:string)" select="map {
      'italic': 'r-italic', 'italics': 'r-italic', 'i': 'r-italic', 'it': 'r-italic', 'ital': 'r-italic', 'slanted': 'r-italic',
      'bold': 'r-bold', 'b': 'r-bold', 'strong': 'r-bold', 'bold-italic': 'r-bold r-italic',
      'underline': 'r-underline', 'u': 'r-underline', 'ul': 'r-underline', 'underlined': 'r-underline',
      'double-underline': 'r-underline2', 'doubleunderline': 'r-underline2',
      'superscript': 'r-sup', 'sup': 'r-sup', 'super': 'r-sup', 'sup.': 'r-sup',
      'subscript': 'r-sub', 'sub': 'r-sub',
      'smallcaps': 'r-smallcaps', 'small-caps': 'r-smallcaps', 'sc': 'r-smallcaps', 'smcap': 'r-smallcaps',
      'strikethrough': 'r-strike', 'strike': 'r-strike', 'line-through': 'r-strike', 'struck': 'r-strike', 'overstrike': 'r-strike',
      'center': 'r-center', 'centre': 'r-center', 'centered': 'r-center', 'centred': 'r-center', 'align-center': 'r-center',
      'right': 'r-right', 'align-right': 'r-right', 'flush-right': 'r-right',
      'left': 'r-left', 'align-left': 'r-left',
      'indent': 'r-indent', 'indented': 'r-indent',
      'spaced': 'r-spaced', 'spaced-out': 'r-spaced', 'letterspace': 'r-spaced', 'letterspaced': 'r-spaced', 'gesperrt': 'r-spaced', 'expanded': 'r-spaced',
      'uppercase': 'r-caps', 'caps': 'r-caps', 'capitals': 'r-caps', 'allcaps': 'r-caps', 'all-caps': 'r-caps',
      'large': 'r-large', 'larger': 'r-large', 'big': 'r-large', 'tall': 'r-large',
      'small': 'r-small', 'smaller': 'r-small',
      'latintype': 'r-latin', 'antiqua': 'r-latin', 'latin': 'r-latin',
      'gothic': 'r-gothic', 'fraktur': 'r-gothic', 'blackletter': 'r-gothic',
      'overline': 'r-overline', 'supraline': 'r-overline',
      'hr': 'r-hr', 'block': 'r-block', 'blockquote': 'r-block', 'inline': 'r-inline',
      'monospace': 'r-mono', 'code': 'r-mono', 'typewriter': 'r-mono'
    }"/>

  <xsl:function name="tk:rend-classes" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (empty($e/(@rend | @rendition | @style))) then () else tk:rend-classes-of($e)"/>
  </xsl:function>

  <xsl:function name="tk:rend-classes-of" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="tokens" select="for $t in tokenize(lower-case(normalize-space(string-join(($e/@rend, $e/@rendition ! replace(., '#', '')), ' '))), ' ') return $t"/>
    <xsl:variable name="style" select="lower-case(string($e/@style))"/>
    <xsl:sequence select="distinct-values((
        for $t in $tokens[. ne ''] return tokenize(string(map:get($tk:rend-map, $t)), ' ')[. ne ''],
        (if (matches($style, 'font-style\s*:\s*italic')) then 'r-italic' else ()),
        (if (matches($style, 'font-weight\s*:\s*(bold|[6-9]00)')) then 'r-bold' else ()),
        (if (matches($style, 'text-decoration\s*:[^;]*underline')) then 'r-underline' else ()),
        (if (matches($style, 'text-decoration\s*:[^;]*line-through')) then 'r-strike' else ()),
        (if (matches($style, 'vertical-align\s*:\s*super')) then 'r-sup' else ()),
        (if (matches($style, 'font-variant\s*:\s*small-caps')) then 'r-smallcaps' else ()),
        (if (matches($style, 'text-align\s*:\s*center')) then 'r-center' else ()),
        (if (matches($style, 'text-align\s*:\s*right')) then 'r-right' else ())
      ))"/>
  </xsl:function>

  <!-- ===== whitespace ===== -->

  <!--
    Whether a node is a break element that joins words: lb, pb, cb with break="no", and the
    TCP/EEBO convention lb[@type='hyphenInWord'] (a line break inside a hyphenated word).
  -->
  <xsl:function name="tk:is-nobreak" as="xs:boolean">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="exists($n[self::lb or self::pb or self::cb or self::gb][@break eq 'no' or @break eq 'false' or @break eq 'n' or @type eq 'hyphenInWord'])"/>
  </xsl:function>

  <!--
    A text node's string with the whitespace next to an lb/pb/cb[@break='no'] removed, so that a
    word broken across lines (or pages) is joined again. Looks only at immediate siblings.
  -->
  <xsl:function name="tk:ws-text" as="xs:string">
    <xsl:param name="t" as="text()"/>
    <xsl:variable name="s" select="string($t)"/>
    <xsl:variable name="s1" select="if (tk:is-nobreak($t/following-sibling::node()[1])) then replace($s, '\s+$', '') else $s"/>
    <xsl:sequence select="if (tk:is-nobreak($t/preceding-sibling::node()[1])) then replace($s1, '^\s+', '') else $s1"/>
  </xsl:function>

  <!-- Normalised string value; adjacent child elements (forename, surname) get a space between them. -->
  <xsl:function name="tk:name-string" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join(
        for $c in $e/node()[not(self::comment() or self::processing-instruction())]
        return (if ($c instance of element() and $c/preceding-sibling::node()[1] instance of element()) then ' ' else '') || string($c), ''))"/>
  </xsl:function>

  <!-- $s, or $fallback when $s is empty or blank. -->
  <xsl:function name="tk:ifempty" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:sequence select="if (normalize-space($s)) then string($s) else $fallback"/>
  </xsl:function>

</xsl:stylesheet>
