<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: persons, places, organisations, events, hands and texts as labels.
    tk:entity-kind(e)        'person' | 'place' | 'org' | 'event' | ''
    tk:entity-label(e)       preferred name of an index entry (UI language first)
    tk:entity-for(name)      the index entry a persName/placeName/orgName/rs/name points to (local #id)
    tk:hand-phrase(ctx, p)   "hand of A. Kalinin" for a pointer to a handNote (or a person)
    tk:text-label(text)      "Original (Russian)", "Translation (English)", "Text 2"
    tk:doc-title(TEI)        title of a TEI document or corpus
    tk:fragment-title(e)     title of a fragment (a root other than TEI or teiCorpus); tk:title-head(e)
    tk:sourcedoc-label(e)    "Documentary transcription"; tk:surface-label(surface) "2v"
  Expects global parameters $lang and $source-name (the input's file name, '' when unknown).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="tk:entity-kind" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="
      if ($e/self::person or $e/self::personGrp or $e/self::persona) then 'person'
      else if ($e/self::place) then 'place'
      else if ($e/self::org) then 'org'
      else if ($e/self::event) then 'event'
      else ''"/>
  </xsl:function>

  <!-- The name elements of an entry, preferred first. -->
  <xsl:function name="tk:entity-names" as="element()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/(persName | placeName | orgName | eventName | name | geogName | settlement | label | head)"/>
  </xsl:function>

  <xsl:function name="tk:entity-main-name" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="c" select="tk:entity-names($e)"/>
    <xsl:sequence select="if (count($c) le 1) then $c else (
        $c[@type eq 'pref' or @type eq 'preferred' or @type eq 'main' or @type eq 'reg' or @type eq 'standard'][let $l := tk:lang(.) return $l eq '' or $l eq $lang],
        $c[tk:lang(.) eq $lang],
        $c[not(@xml:lang)],
        $c)[1]"/>
  </xsl:function>

  <!-- A person name as a string: "Surname, Forename" when the surname comes first. -->
  <xsl:function name="tk:display-name" as="xs:string">
    <xsl:param name="n" as="element()?"/>
    <xsl:sequence select="
      if ($n/surname and $n/forename and $n/surname[1] &lt;&lt; $n/forename[1]
          and empty($n/node()[not(self::surname or self::forename or self::text()[not(normalize-space())])]))
      then normalize-space(string-join($n/surname, ' ')) || ', ' || normalize-space(string-join($n/forename, ' '))
      else tk:name-string($n)"/>
  </xsl:function>

  <xsl:function name="tk:entity-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="tk:entity-main-name($e)"/>
    <xsl:sequence select="
      if (exists($n) and tk:display-name($n) ne '') then tk:display-name($n)
      else if (normalize-space($e/@n)) then normalize-space($e/@n)
      else if ($e/@xml:id) then string($e/@xml:id)
      else substring(normalize-space($e), 1, 60)"/>
  </xsl:function>

  <!-- The index entry (person, place, org, event) that a name element points to, if local. -->
  <xsl:function name="tk:entity-for" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="tok" select="if ($name/@ref) then tokenize(normalize-space($name/@ref), ' ')[starts-with(., '#')][1] else ()"/>
    <xsl:variable name="t" select="if ($tok) then tk:resolve($name, $tok) else ()"/>
    <xsl:sequence select="$t[tk:entity-kind(.) ne '']"/>
  </xsl:function>

  <!-- ===== hands ===== -->

  <xsl:function name="tk:hand-target" as="element()?">
    <xsl:param name="ctx" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="tk:resolve($ctx, tk:first-token($pointer))"/>
  </xsl:function>

  <!-- Short name of a hand: scribe's name, a name in the description, @scribe, "by X", or a short description. -->
  <xsl:function name="tk:hand-name" as="xs:string">
    <xsl:param name="ctx" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="h" select="tk:hand-target($ctx, $pointer)"/>
    <xsl:variable name="scribe" select="if ($h/@scribeRef) then tk:resolve($h, tk:first-token($h/@scribeRef)) else ()"/>
    <xsl:variable name="desc" select="normalize-space(string-join($h//text()[not(ancestor::note)], ''))"/>
    <xsl:variable name="by" select="if (matches($desc, '\sby\s+[^,.;:()]+')) then replace($desc, '^.*?\sby\s+([^,.;:()]+).*$', '$1') else ''"/>
    <xsl:sequence select="normalize-space(
      if (empty($h)) then replace(tk:first-token($pointer), '^#', '')
      else if (tk:entity-kind($h) ne '') then tk:entity-label($h)
      else if (exists($scribe) and tk:entity-kind($scribe) ne '') then tk:entity-label($scribe)
      else if ($h//persName) then tk:display-name(($h//persName)[1])
      else if (normalize-space($h/@scribe)) then string($h/@scribe)
      else if ($by ne '') then $by
      else if ($desc ne '') then (let $s := replace($desc, '^([^,.;:]+).*$', '$1')
                                  return if (string-length($s) gt 80) then substring($s, 1, 79) || '…' else $s)
      else if ($h/@medium) then string($h/@medium)
      else string($h/@xml:id))"/>
  </xsl:function>

  <!-- "hand of A. Kalinin" -->
  <xsl:function name="tk:hand-phrase" as="xs:string">
    <xsl:param name="ctx" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="name" select="tk:hand-name($ctx, $pointer)"/>
    <xsl:sequence select="if ($name ne '') then tk:label('hand-of') || ' ' || $name else ''"/>
  </xsl:function>

  <!-- ===== texts ===== -->

  <xsl:function name="tk:text-label" as="xs:string">
    <xsl:param name="t" as="element()"/>
    <xsl:variable name="type" select="lower-case(normalize-space($t/@type))"/>
    <xsl:variable name="base" select="
      if ($type = ('original', 'orig', 'source')) then tk:label('original')
      else if ($type = ('translation', 'trans', 'translated')) then tk:label('translation')
      else if ($type = ('transcription', 'diplomatic')) then tk:label('transcription')
      else if ($type = ('edition')) then tk:label('edition')
      else if ($type ne '') then tk:ucfirst(normalize-space($t/@type))
      else if (normalize-space($t/@n)) then tk:label('text') || ' ' || normalize-space($t/@n)
      else tk:label('text') || ' ' || string(count($t/preceding-sibling::text) + 1)"/>
    <xsl:variable name="l" select="tk:lang($t)"/>
    <xsl:variable name="parent-l" select="tk:lang($t/..)"/>
    <xsl:sequence select="
      if ($t/@xml:lang and normalize-space($t/@xml:lang) ne '') then $base || ' (' || tk:lang-name($t, $l) || ')'
      else $base"/>
  </xsl:function>

  <!-- Title of a TEI document or corpus. -->
  <xsl:function name="tk:doc-title" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="ts" select="$d/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:variable name="t" select="($ts[@level = 'a'], $ts[@type = ('main', 'complete', 'full')][not(@level = ('s', 'j'))],
                                    $ts[not(@type) and not(@level = ('s', 'j'))], $ts[not(@type = ('iso-date', 'short', 'sub', 'subtitle', 'desc'))], $ts)[1]"/>
    <xsl:variable name="sub" select="$ts[@type = ('sub', 'subtitle')][1]"/>
    <xsl:variable name="s" select="tk:plain($t)"/>
    <xsl:sequence select="
      if ($s ne '') then $s
      else if (normalize-space(tk:plain(($d//docTitle)[1])) ne '') then tk:plain(($d//docTitle)[1])
      else tk:label('untitled')"/>
  </xsl:function>

  <!--
    Title of a fragment: a document whose root is a TEI element other than TEI or teiCorpus (a div, a
    surface, a sourceDoc, a listPerson...), as projects keep editions split over files. Its first child
    head, else its first descendant head, else its @n, else its @xml:id, else the file name, else
    "Untitled document".
  -->
  <xsl:function name="tk:fragment-title" as="xs:string">
    <xsl:param name="f" as="element()"/>
    <xsl:variable name="h" select="tk:plain($f/head[1])"/>
    <xsl:variable name="d" select="if ($h ne '') then '' else tk:plain(($f//head)[1])"/>
    <xsl:sequence select="
      if ($h ne '') then $h
      else if ($d ne '') then $d
      else if (normalize-space($f/@n)) then normalize-space($f/@n)
      else if (normalize-space($f/@xml:id)) then normalize-space($f/@xml:id)
      else if (normalize-space($source-name)) then normalize-space($source-name)
      else tk:label('untitled')"/>
  </xsl:function>

  <!--
    The head a fragment's page shows as its title and leaves out of its body: the root's first child head,
    when it has text and nothing with text stands before it (a div's head, a list's head).
  -->
  <xsl:function name="tk:title-head" as="element()?">
    <xsl:param name="f" as="element()"/>
    <xsl:sequence select="$f/head[1][empty(preceding-sibling::node()[self::* or self::text()][normalize-space()])][tk:plain(.) ne '']"/>
  </xsl:function>

  <!-- Heading of a sourceDoc: "Documentary transcription", with its @n. -->
  <xsl:function name="tk:sourcedoc-label" as="xs:string">
    <xsl:param name="s" as="element()"/>
    <xsl:sequence select="tk:label('source-doc') || (if (normalize-space($s/@n)) then ' ' || normalize-space($s/@n) else '')"/>
  </xsl:function>

  <!-- Heading of a surface (a page, a leaf, a slip): its @n, else its @xml:id, else "Surface 3". -->
  <xsl:function name="tk:surface-label" as="xs:string">
    <xsl:param name="s" as="element()"/>
    <xsl:sequence select="
      if (normalize-space($s/@n)) then normalize-space($s/@n)
      else if (normalize-space($s/@xml:id)) then normalize-space($s/@xml:id)
      else tk:label('surface') || ' ' || (count($s/preceding-sibling::surface) + 1)"/>
  </xsl:function>

</xsl:stylesheet>
