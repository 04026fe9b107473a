<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: the document shell.
    standalone (fragment=false): <!DOCTYPE html><html lang><head>(charset, viewport, title, CSS)</head>
                                 <body><main id="tk-main"><article class="tei-edition">…</article></main></body></html>
    fragment (fragment=true):    the <article class="tei-edition"> only (it carries lang itself).
  Inside the article: <header> (h1 title, byline), <nav> (contents), the About panel (section),
  the text(s), the documentary transcription (sourceDoc), and the index. A teiCorpus renders its
  members as sections (h2 titles), each with its own About panel, texts, notes and index.

  A fragment (a document whose root is a TEI element other than TEI or teiCorpus: a div, a surface,
  a listPerson... as projects keep editions split over files) renders as a page too (article class
  tk-fragment): h1 from tk:fragment-title (the root's head, @n, @xml:id or file name), the root as it
  would render inside a text, the notes outside any text or sourceDoc, and the index. No About panel
  or hands list: there is no teiHeader to build them from.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode use-accumulators="#all"/>

  <!-- Parameter check: a wrong value is a usage error, reported once, before any output. -->
  <xsl:function name="tk:check-params" as="empty-sequence()">
    <xsl:sequence select="
      if (not($view = ('reading', 'diplomatic'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter view must be reading or diplomatic, not &quot;' || $view || '&quot;')
      else if (not($layout = ('parallel', 'sequential', 'facsimile'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter layout must be parallel, sequential or facsimile, not &quot;' || $layout || '&quot;')
      else if (not($notes = ('foot', 'inline', 'none'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter notes must be foot, inline or none, not &quot;' || $notes || '&quot;')
      else if (not($gap-style = ('leiden', 'descriptive'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter gap-style must be leiden or descriptive, not &quot;' || $gap-style || '&quot;')
      else if (not(matches($lang, '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$'))) then
        error(QName('https://teikit.dev/ns/xslt', 'tk:param'), 'teikit: parameter lang must be a language tag such as en, not &quot;' || $lang || '&quot;')
      else ()"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:sequence select="tk:check-params()"/>
    <xsl:choose>
      <xsl:when test="$fragment">
        <xsl:apply-templates select="*" mode="tk:article"/>
      </xsl:when>
      <xsl:otherwise>
        <html lang="{$lang}">
          <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="teikit"/>
            <title><xsl:value-of select="if (*/teiHeader) then tk:doc-title(*)
                                         else if (tk:is-fragment(*)) then tk:fragment-title(*)
                                         else tk:label('untitled')"/></title>
            <!-- the CSS of documentary transcriptions and fragments only where they can occur -->
            <style><xsl:value-of select="(if (tk:is-fragment(*) or exists((/TEI, /teiCorpus/TEI, /teiCorpus/teiCorpus/TEI)/sourceDoc[tk:has-source(.)]))
                                         then $tk:css || $tk:css-documentary else $tk:css)
                                         || (if (tk:uses-facsimile(/)) then $tk:css-facsimile else '')"/></style>
          </head>
          <body>
            <main id="tk-main">
              <xsl:apply-templates select="*" mode="tk:article"/>
            </main>
          </body>
        </html>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="tk:article-classes" as="xs:string">
    <xsl:sequence select="string-join(('tei-edition', 'tk-view-' || $view, 'tk-layout-' || $layout,
                                       'tk-notes-' || $notes, 'tk-gaps-' || $gap-style), ' ')"/>
  </xsl:function>

  <!-- ===== the article ===== -->

  <xsl:template match="TEI | teiCorpus" mode="tk:article">
    <article class="{tk:article-classes()}" lang="{$lang}">
      <xsl:call-template name="tk:document">
        <xsl:with-param name="level" select="1"/>
        <xsl:with-param name="sfx" select="''"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!-- Whether a document element is the root of a fragment: a TEI element other than TEI or teiCorpus. -->
  <xsl:function name="tk:is-fragment" as="xs:boolean">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="exists($e/self::tei:*) and empty($e/(self::TEI | self::teiCorpus))"/>
  </xsl:function>

  <!--
    A fragment as the document element (text, group, div, surface, sourceDoc, listPerson, sp, lg, p...).
    When its first child head names it (tk:title-head), the h1 renders that head and the body leaves it out
    (the root then stands at level 0, so that its divisions' heads are h2); otherwise the h1 is the title in
    words. Containers that are never rendered inside a document (teiHeader, standOff, facsimile) show their
    content through the generic element.
  -->
  <xsl:template match="tei:*" mode="tk:article">
    <xsl:variable name="head" select="tk:title-head(.)"/>
    <article class="{tk:article-classes()} tk-fragment" lang="{$lang}">
      <header class="tk-doc-header">
        <h1 id="tk-title" class="tk-title">
          <xsl:choose>
            <xsl:when test="exists($head)">
              <xsl:sequence select="tk:lang-switch(tk:lang($head), $lang)"/>
              <xsl:if test="$head/@xml:id"><span id="{tk:html-id($head)}" class="tk-anchor"></span></xsl:if>
              <xsl:apply-templates select="$head/node()">
                <xsl:with-param name="tk:level" tunnel="yes" select="1"/>
                <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
                <xsl:with-param name="tk:link" tunnel="yes" select="false()"/>
              </xsl:apply-templates>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="tk:fragment-title(.)"/>
            </xsl:otherwise>
          </xsl:choose>
        </h1>
      </header>
      <xsl:choose>
        <xsl:when test="self::teiHeader or self::standOff or self::facsimile or self::fsdDecl">
          <xsl:call-template name="tk:element">
            <xsl:with-param name="block" select="'div'"/>
            <xsl:with-param name="tk:level" tunnel="yes" select="1"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
            <xsl:with-param name="tk:link" tunnel="yes" select="false()"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select=".">
            <xsl:with-param name="tk:level" tunnel="yes" select="if (exists($head)) then 0 else 1"/>
            <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
            <xsl:with-param name="tk:link" tunnel="yes" select="false()"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
      <!-- a text or sourceDoc lists its own notes -->
      <xsl:if test="not(self::text or self::sourceDoc)">
        <xsl:call-template name="tk:notes-list">
          <xsl:with-param name="scope" select="."/>
          <xsl:with-param name="level" select="2"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="tk:index">
        <xsl:with-param name="scope" select="."/>
        <xsl:with-param name="level" select="2"/>
        <xsl:with-param name="sfx" select="''"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!-- The head a fragment's h1 shows is not repeated in its body. -->
  <xsl:template match="/*/head[1][. is tk:title-head(..)]"/>

  <!-- Not TEI (refused before the transform by teikit's own functions): the generic templates (nothing is lost). -->
  <xsl:template match="*" mode="tk:article">
    <article class="{tk:article-classes()}" lang="{$lang}">
      <xsl:call-template name="tk:element">
        <xsl:with-param name="block" select="'div'"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!--
    A TEI or teiCorpus at heading level $level ($level = 1 for the root: h1 title, h2 sections).
    $sfx: suffix for the fixed ids of this document ('' for the root).
  -->
  <xsl:template name="tk:document">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="sfx" as="xs:string"/>
    <xsl:variable name="doc" select="."/>
    <!-- the index entries of this document, found once for the contents and the index -->
    <xsl:variable name="entries" select="tk:scope-entries(.)"/>
    <xsl:variable name="title" select="tk:doc-title(.)"/>
    <xsl:variable name="title-el" select="teiHeader/fileDesc/titleStmt/title[1]"/>
    <header class="tk-doc-header">
      <xsl:call-template name="tk:heading">
        <xsl:with-param name="level" select="$level"/>
        <xsl:with-param name="id" select="'tk-title' || $sfx"/>
        <xsl:with-param name="class" select="'tk-title'"/>
        <xsl:with-param name="content" as="node()*">
          <xsl:choose>
            <xsl:when test="exists($title-el) and tk:lang($title-el) ne '' and tk:lang($title-el) ne $lang">
              <span lang="{tk:lang($title-el)}"><xsl:value-of select="$title"/></span>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:variable name="authors" select="teiHeader/fileDesc/titleStmt/author[normalize-space()]"/>
      <xsl:if test="exists($authors)">
        <p class="tk-byline">
          <xsl:for-each select="$authors">
            <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
            <xsl:value-of select="tk:plain((persName[tk:lang(.) eq $lang], persName, name, .)[1])"/>
          </xsl:for-each>
        </p>
      </xsl:if>
    </header>
    <xsl:if test="$level eq 1">
      <xsl:call-template name="tk:toc">
        <xsl:with-param name="entries" select="$entries"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="tk:about">
      <xsl:with-param name="doc" select="."/>
      <xsl:with-param name="level" select="$level + 1"/>
      <xsl:with-param name="sfx" select="$sfx"/>
      <xsl:with-param name="heading" select="if (self::teiCorpus) then tk:label('about-corpus') else if ($level gt 1) then tk:label('about-document') else tk:label('about')"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="self::teiCorpus">
        <xsl:for-each select="TEI | teiCorpus">
          <xsl:variable name="mid" select="tk:html-id(.)"/>
          <section id="{$mid}" class="tk-member tei-{local-name()}" aria-labelledby="tk-title-{$mid}">
            <xsl:sequence select="tk:lang-switch(tk:lang(.), $lang)"/>
            <xsl:call-template name="tk:document">
              <xsl:with-param name="level" select="$level + 1"/>
              <xsl:with-param name="sfx" select="'-' || $mid"/>
            </xsl:call-template>
          </section>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="text, sourceDoc[tk:has-source(.)]">
          <xsl:with-param name="tk:level" tunnel="yes" select="$level"/>
          <xsl:with-param name="tk:phr" tunnel="yes" select="false()"/>
          <xsl:with-param name="tk:link" tunnel="yes" select="false()"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="tk:index">
      <xsl:with-param name="scope" select="."/>
      <xsl:with-param name="level" select="$level + 1"/>
      <xsl:with-param name="sfx" select="$sfx"/>
      <xsl:with-param name="entries" select="$entries"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== table of contents ===== -->

  <xsl:template name="tk:toc">
    <xsl:param name="entries" as="element()*" select="tk:scope-entries(.)"/>
    <xsl:variable name="items" as="element()*">
      <xsl:if test="teiHeader">
        <li><a href="#tk-about"><xsl:value-of select="if (self::teiCorpus) then tk:label('about-corpus') else tk:label('about')"/></a></li>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="self::teiCorpus">
          <xsl:for-each select="TEI | teiCorpus">
            <li><a href="#{tk:html-id(.)}"><xsl:value-of select="tk:doc-title(.)"/></a></li>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="text" mode="tk:toc"/>
          <xsl:for-each select="sourceDoc[tk:has-source(.)]">
            <li><a href="#{tk:html-id(.)}"><xsl:value-of select="tk:sourcedoc-label(.)"/></a></li>
            <xsl:if test="$notes eq 'foot' and exists(key('tk:footnotes', generate-id(.)))">
              <li><a href="#tk-notes-{tk:html-id(.)}"><xsl:value-of select="tk:label('notes') || ': ' || tk:sourcedoc-label(.)"/></a></li>
            </xsl:if>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="exists($entries)">
        <li><a href="#tk-index"><xsl:value-of select="tk:label('index')"/></a></li>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="count($items) ge 2">
      <nav class="tk-toc" aria-labelledby="tk-toch">
        <h2 id="tk-toch"><xsl:value-of select="tk:label('contents')"/></h2>
        <ol>
          <xsl:sequence select="$items"/>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text" mode="tk:toc">
    <xsl:variable name="divs" select="(front | body | back)/*[self::div or starts-with(local-name(), 'div')][head]"/>
    <xsl:variable name="sub" as="element()*">
      <xsl:for-each select="$divs">
        <li><a href="#{tk:html-id(.)}"><xsl:value-of select="tk:plain(head[1])"/></a></li>
      </xsl:for-each>
      <xsl:apply-templates select="group/text" mode="tk:toc"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="parent::group">
        <li>
          <a href="#{tk:html-id(.)}"><xsl:value-of select="tk:text-label(.)"/></a>
          <xsl:if test="exists($sub)"><ol><xsl:sequence select="$sub"/></ol></xsl:if>
        </li>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$sub"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$notes eq 'foot' and exists(key('tk:footnotes', generate-id(.)))">
      <li><a href="#tk-notes-{tk:html-id(.)}"><xsl:value-of select="tk:label('notes')
          || (if (parent::group) then ': ' || tk:text-label(.) else '')"/></a></li>
    </xsl:if>
  </xsl:template>

  <!-- ===== CSS ===== -->

  <!--
    The CSS as a string, for hosts that embed fragments (fragment=true has no <style>): call the
    compiled stylesheet with initialTemplate "Q{https://teikit.dev/ns/xslt}css" and
    destination "raw"; the result is one xs:string (all the rules, documentary ones included).
  -->
  <xsl:template name="tk:css" as="xs:string">
    <xsl:sequence select="$tk:css || $tk:css-documentary || $tk:css-facsimile"/>
  </xsl:template>

  <!--
    Rules for documentary transcriptions (sourceDoc, surface, zone, line) and fragment pages: a page carries
    them only when its document has one, so that the pages of other documents stay as they were.
  -->
  <xsl:variable name="tk:css-documentary" as="xs:string"><![CDATA[/* fragments and documentary transcription */
.tk-fragment>:not(.tk-doc-header):not(.tk-index):not(.tk-parallel){max-width:46rem;margin-left:auto;margin-right:auto}
.tei-edition>.tei-sourceDoc,.tk-member>.tei-sourceDoc{max-width:46rem;margin:2rem auto}
.tei-surface{margin:1.5rem 0 2rem}
.tei-surface .tei-surface{margin-left:1.5rem}
.tei-edition .tk-surface-label{font-size:1rem;color:var(--tk-muted);border-bottom:1px solid var(--tk-rule);padding-bottom:.15em}
.tei-zone{margin:.75em 0}
.tei-zone .tei-zone{margin-left:1.5rem}
.tei-edition .tei-line{margin:0;padding-left:1.5em;text-indent:-1.5em}
.tk-vspace{height:1em}
.tei-edition .tk-facs{margin:.2em 0 .6em;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.85rem}
.tei-edition .tk-zone-label{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.75rem;font-weight:600;letter-spacing:.02em;color:var(--tk-accent);margin:0 0 .2em}
.tei-zone.tk-zone-left,.tei-zone.tk-zone-right,.tei-zone.tk-zone-top,.tei-zone.tk-zone-bottom,.tei-zone.tk-zone-margin,.tei-zone.tk-zone-pastedown,.tei-zone.tk-zone-pasteover{border-left:3px solid var(--tk-rule);padding-left:.6em}
.tei-zone.tk-zone-pasteover,.tei-zone.tk-zone-pastedown{background:var(--tk-soft)}
.tei-zone.tk-zone-library,.tei-zone.tk-zone-foliation,.tei-zone.tk-zone-shelfmark,.tei-zone.tk-zone-pagination,.tei-zone.tk-zone-catchword,.tei-zone.tk-zone-header{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.85rem;color:var(--tk-muted)}
.tei-zone.tk-zone-calculation{font-variant-numeric:tabular-nums}
.tei-edition .tei-line.tk-indent-1{padding-left:3.5em}.tei-edition .tei-line.tk-indent-2{padding-left:5.5em}.tei-edition .tei-line.tk-indent-3{padding-left:7.5em}
.tei-edition .tei-line.tk-indent-4{padding-left:9.5em}.tei-edition .tei-line.tk-indent-5{padding-left:11.5em}.tei-edition .tei-line.tk-indent-6{padding-left:13.5em}
.tei-edition .tei-line.tk-indent-7{padding-left:15.5em}.tei-edition .tei-line.tk-indent-8{padding-left:17.5em}.tei-edition .tei-line.tk-indent-9{padding-left:19.5em}
.tei-edition .tei-line.tk-line-center{text-align:center;padding-left:0;text-indent:0}
.tei-edition .tei-line.tk-line-right{text-align:right}
.tk-dl{display:inline-block;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.62rem;font-style:normal;font-weight:400;font-variant:normal;line-height:1;color:var(--tk-muted);vertical-align:.7em;margin:0 .15em 0 .05em;white-space:nowrap;text-indent:0}
.tk-dl::before{content:attr(data-label)}
.tk-view-diplomatic ins.tk-add::before{content:"\\";color:var(--tk-muted)}.tk-view-diplomatic ins.tk-add::after{content:"/";color:var(--tk-muted)}
.tk-view-diplomatic ins.tk-add-below::before{content:"/"}.tk-view-diplomatic ins.tk-add-below::after{content:"\\"}
.tk-view-diplomatic ins.tk-add-above{vertical-align:super;font-size:.8em;line-height:1}
.tk-view-diplomatic ins.tk-add-below{vertical-align:sub;font-size:.8em;line-height:1}
.tei-edition del.tk-del-overwritten{text-decoration-style:double}
.tei-edition del.tk-del-erased{text-decoration-style:dotted}
.tei-edition del.tk-del-smear{text-decoration-style:wavy}
.tei-edition del.tk-del-unmarked,.tei-edition del.tk-del-bracketed{text-decoration:none;color:var(--tk-muted)}
.tk-view-diplomatic .tei-surface .tei-retrace{font-weight:600}
.tk-view-diplomatic .tei-surface .tei-restore{text-decoration:underline dotted;text-underline-offset:.2em}
.tk-view-diplomatic .tei-surface .tei-unclear::after{content:"(?)";font-size:.7em;vertical-align:.4em;color:var(--tk-accent)}
.tk-view-diplomatic .tei-surface .tei-metamark{color:var(--tk-accent)}
.tei-surface .tk-in-del{text-decoration:line-through;text-decoration-color:#9a2b2b;color:#6f2a2a}
.tk-view-diplomatic .tei-surface .tk-in-add{color:#1c5d3a}
.tei-surface .tk-restored{text-decoration:none}
.tk-view-diplomatic .tei-surface .tk-in-damage{background:repeating-linear-gradient(135deg,transparent 0 4px,rgba(93,88,80,.14) 4px 6px)}
.tei-surface .tk-in-speaker{font-weight:600;font-variant:small-caps}
.tei-surface .tk-in-stage{font-style:italic;color:var(--tk-muted)}
.tei-surface .tk-in-head{font-weight:600}
]]></xsl:variable>

  <xsl:variable name="tk:css" as="xs:string"><![CDATA[
:root{--tk-ink:#1d1b19;--tk-muted:#5d5850;--tk-accent:#8a3b12;--tk-rule:#d8d1c4;--tk-soft:#f7f3ec;--tk-mark:#fff3c4;--tk-link:#1f4f8a}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fffdf9;color:var(--tk-ink)}
.tei-edition{font-family:"Iowan Old Style","Palatino Linotype",Palatino,"Noto Serif",Georgia,serif;font-size:1.0625rem;line-height:1.6;max-width:74rem;margin:0 auto;padding:1.5rem 1.25rem 4rem;font-variant-ligatures:common-ligatures;hyphens:manual;overflow-wrap:break-word}
.tei-edition h1,.tei-edition h2,.tei-edition h3,.tei-edition h4,.tei-edition h5,.tei-edition h6,.tei-edition [role=heading]{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;line-height:1.25;font-weight:600;margin:1.6em 0 .6em}
.tei-edition h1{font-size:1.65rem;margin-top:.4em}
.tei-edition h2{font-size:1.3rem;border-bottom:1px solid var(--tk-rule);padding-bottom:.2em}
.tei-edition h3{font-size:1.12rem}
.tei-edition h4,.tei-edition h5,.tei-edition h6{font-size:1rem}
.tei-edition a{color:var(--tk-link)}
.tei-edition a.tk-name{color:inherit;text-decoration:underline;text-decoration-color:#b9b2a5;text-underline-offset:.18em}
.tei-edition a.tk-name:hover{text-decoration-color:var(--tk-link)}
.tei-edition :target{scroll-margin-top:1rem}
.tk-byline{font-style:italic;color:var(--tk-muted);margin:.2em 0 1em}
.tk-toc{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.95rem;background:var(--tk-soft);border:1px solid var(--tk-rule);border-radius:4px;padding:.25rem 1rem .75rem;margin:1rem 0}
.tk-toc h2{border:0;margin:.5em 0 .3em;font-size:1rem}
.tk-toc ol{margin:0;padding-left:1.3rem}
.tk-about{font-size:.95rem}
.tk-about-list,.tk-hand-list{display:grid;grid-template-columns:minmax(7rem,13rem) 1fr;gap:.35rem 1.25rem;margin:0}
.tk-row-pair{display:contents}
.tk-about dt,.tk-hand-list dt{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-weight:600;color:var(--tk-muted)}
.tk-about dd{margin:0}
.tk-about dd+dd{grid-column:2}
.tk-about dd p{margin:0 0 .4em}
.tk-key{color:var(--tk-muted)}
.tei-text{margin:1.5rem 0}
.tei-edition p{margin:0 0 .9em}
.tei-edition>.tei-text:not(.tk-has-parallel),.tk-member>.tei-text:not(.tk-has-parallel),.tk-sequential>.tei-text,.tk-has-parallel>.tei-front,.tk-has-parallel>.tei-back,.tk-has-parallel>.tk-notes{max-width:46rem;margin-left:auto;margin-right:auto}
span.tei-list>.tei-item::before,div.tei-list[role=list]>.tei-item::before{content:"\2013\00a0"}
.tk-text-label{color:var(--tk-accent)}
.r-italic,.r-default,.tei-foreign,.tei-title,cite.tei-title,.tei-term{font-style:italic}
.r-bold{font-weight:700}.r-underline{text-decoration:underline}.r-underline2{text-decoration:underline double}
.r-sup{vertical-align:super;font-size:.75em;line-height:0}.r-sub{vertical-align:sub;font-size:.75em;line-height:0}
.r-smallcaps{font-variant:small-caps}.r-strike{text-decoration:line-through}.r-caps{text-transform:uppercase}
.r-center{text-align:center}.r-right{text-align:right}.r-indent{text-indent:2em}.r-spaced{letter-spacing:.15em}
.r-large{font-size:1.2em}.r-small{font-size:.85em}.r-overline{text-decoration:overline}.r-mono{font-family:ui-monospace,Menlo,Consolas,monospace}
.r-hr{display:block;border-top:1px solid var(--tk-rule);margin:1em 0}
.r-gothic{font-family:"UnifrakturMaguntia","Old English Text MT",serif}
span.r-center,span.r-right{display:block}
.tk-b{display:block}
.tk-sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.tk-anchor{display:inline}
.tei-edition blockquote{margin:1em 2em;padding-left:1em;border-left:3px solid var(--tk-rule)}
.tei-quote{font-style:normal}
.tei-soCalled::before{content:"\201C"}.tei-soCalled::after{content:"\201D"}
.tei-mentioned,.tei-gloss{font-style:italic}
.tei-lg{margin:1em 0}.tei-l{margin:0}
.tei-sp{margin:.6em 0}.tei-speaker{font-weight:600;font-variant:small-caps}
.tei-stage{font-style:italic;color:var(--tk-muted)}
.tei-castList{margin:1em 0}
.tei-edition table{border-collapse:collapse;margin:1em 0}.tei-edition td,.tei-edition th{border:1px solid var(--tk-rule);padding:.2em .5em;vertical-align:top}
.tei-edition caption{font-weight:600;text-align:left}
.tk-table-grid{display:table;border-collapse:collapse;margin:1em 0}.tk-row{display:table-row}.tk-cell{display:table-cell;border:1px solid var(--tk-rule);padding:.2em .5em}
.tei-edition figure{margin:1em 0}.tei-edition figure img{max-width:100%;height:auto}.tk-figcaption{font-size:.9em;color:var(--tk-muted)}
.tei-figure.t-signature,.tei-figure[role=img]{font-style:italic;color:var(--tk-muted)}
.tei-edition dl.tei-list{display:grid;grid-template-columns:auto 1fr;gap:.2em 1em}dl.tei-list dd{margin:0}
.tk-list-wrap>.tei-head{font-weight:600;margin-bottom:.2em}
/* transcription */
.tei-gap{color:var(--tk-accent);cursor:help;white-space:nowrap}
.tk-gaps-descriptive .tei-gap{white-space:normal;font-style:italic}
.tei-unclear{text-decoration:underline dotted var(--tk-accent);text-underline-offset:.2em;cursor:help}
.tei-unclear.cert-low{background:repeating-linear-gradient(90deg,transparent 0 6px,rgba(138,59,18,.06) 6px 12px)}
.tei-damage{border-bottom:1px dashed var(--tk-muted);cursor:help}
.tei-supplied{color:var(--tk-muted)}
.tei-surplus{color:var(--tk-muted)}
.tei-choice,.tei-app,.tei-expan[title],.tei-subst[title]{text-decoration:underline dotted #a89f90;text-underline-offset:.2em;cursor:help}
.tei-ex::before{content:"("}.tei-ex::after{content:")"}
.tei-am{color:var(--tk-muted)}
.tei-edition ins.tei-add{text-decoration:none}
.tk-view-diplomatic ins.tei-add{color:#1c5d3a}
.tk-view-diplomatic ins.tei-add::before{content:"\2E0C";color:var(--tk-muted)}.tk-view-diplomatic ins.tei-add::after{content:"\2E0D";color:var(--tk-muted)}
.tk-view-diplomatic ins.place-above,.tk-view-diplomatic ins.place-supralinear{vertical-align:super;font-size:.8em}
.tk-view-diplomatic ins.place-below,.tk-view-diplomatic ins.place-infralinear{vertical-align:sub;font-size:.8em}
.tei-edition del.tei-del{text-decoration:line-through;text-decoration-color:#9a2b2b;color:#6f2a2a}
.tk-del-marker::after{content:"\27E6\27E7";font-size:.7em;color:var(--tk-muted);vertical-align:super;cursor:help}
.tei-space{white-space:pre}
.tei-handShift.tk-marker::before{content:"\2E3F";color:var(--tk-muted);font-size:.8em}
.tk-view-diplomatic .tei-handShift.tk-marker::before{content:none}
.tk-handshift-label{font-size:.8em;color:var(--tk-muted);font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif}
.tk-lineno{display:inline-block;min-width:2em;margin-left:-2.6em;margin-right:.6em;text-align:right;font-size:.72em;color:var(--tk-muted);user-select:none;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif}
.tk-view-diplomatic .tei-ab,.tk-view-diplomatic .tei-p,.tk-view-diplomatic p{padding-left:0}
.tk-view-diplomatic .tei-body,.tk-view-diplomatic .tei-front,.tk-view-diplomatic .tei-back{padding-left:2.6em}
.tk-pb-read{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.7em;color:var(--tk-muted);vertical-align:.25em;margin:0 .15em;white-space:nowrap}
.tk-pb-read a{color:inherit}
.tk-pb-dipl{display:block;border-top:1px dashed var(--tk-muted);margin:1.2em 0 .6em;padding-top:.15em;text-align:right;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.8em;color:var(--tk-muted)}
.tk-cb-dipl{display:block;text-align:right;font-size:.8em;color:var(--tk-muted)}
.tei-fw{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.75em;color:var(--tk-muted)}
.tk-view-diplomatic .tei-fw{display:block;text-align:right}
.tk-marker{color:var(--tk-muted)}
.tk-milestone-label{font-size:.75em;color:var(--tk-muted)}
/* documents and letters */
.tei-stamp{display:inline-block;border:2px solid #9b2226;color:#9b2226;padding:0 .45em;margin:.1em .2em;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-weight:700;letter-spacing:.08em;text-transform:uppercase;transform:rotate(-1.5deg);border-radius:3px}
.tei-opener,.tei-closer{margin:1em 0}
.tei-closer{margin-top:1.5em}
.tei-dateline{text-align:right}
.tei-salute{margin:.5em 0}
.tei-signed{margin-top:.5em}
.tei-closer .tei-signed{text-align:right}
.tei-postscript{margin-top:1.5em;padding-top:.5em;border-top:1px solid var(--tk-rule)}
.tei-docTitle{font-variant:small-caps;font-size:1.05em;margin:.6em 0}
.tei-address{margin:.6em 0}.tei-addrLine{margin:0}
.tk-signature{font-style:italic}
/* notes */
.tk-noteref{line-height:0}
.tk-noteref a{text-decoration:none;font-weight:600;padding:0 .1em;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif}
.tk-noteref a.note-translator{color:#1f5d8a}.tk-noteref a.note-editorial{color:#7a4b00}
.tk-notes,.tk-notes-group{font-size:.92rem;margin-top:2rem;border-top:1px solid var(--tk-rule)}
.tk-notes-group .tk-notes{border-top:0;margin-top:0}
.tk-footnotes{list-style:none;padding-left:0;margin:0}
.tk-footnote{margin:0 0 .55em;padding-left:2.2em;text-indent:-2.2em}
.tk-footnote>*{text-indent:0}
.tk-footnote:target{background:var(--tk-mark)}
.tk-fn-label{display:inline-block;min-width:1.8em;text-align:right;margin-right:.4em;font-weight:700;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif}
.tk-note-type{font-variant:small-caps;color:var(--tk-muted)}
.note-translator .tk-note-type{color:#1f5d8a}.note-editorial .tk-note-type{color:#7a4b00}
div.tk-fn-body{display:inline}div.tk-fn-body>p:first-child{display:inline}
.tk-backlink{text-decoration:underline;text-underline-offset:.15em;margin-left:.3em}
.tk-note-inline{color:var(--tk-muted);font-size:.95em}
.tk-addition{color:var(--tk-muted)}
.tk-marginal{font-size:.86rem;line-height:1.45;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;background:var(--tk-soft);border-left:3px solid var(--tk-accent);padding:.35em .6em;margin:.8em 0;border-radius:2px}
.tk-marginal-label{display:block;font-size:.78rem;color:var(--tk-accent);font-variant:small-caps;letter-spacing:.02em}
.tk-marginal-label a{color:inherit}
span.tk-marginal{display:block}
@media (min-width:72rem){
 .tei-text aside.tk-marginal{float:right;clear:right;width:13rem;margin:.2rem -15.5rem .6rem 1rem}
 .tei-text aside.tk-marginal.place-left{float:left;clear:left;margin:.2rem 1rem .6rem -15.5rem;border-left:0;border-right:3px solid var(--tk-accent)}
 .tk-parallel aside.tk-marginal,.tk-parallel aside.tk-marginal.place-left{float:none;width:auto;margin:.8em 0;border-right:0;border-left:3px solid var(--tk-accent)}
 .tk-has-parallel>.tk-parallel aside.tk-marginal{float:none}
}
/* parallel layout */
.tk-parallel{margin:1.5rem 0}
.tk-prow{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));column-gap:2.5rem}
.tk-cols-3 .tk-prow{grid-template-columns:repeat(3,minmax(0,1fr));column-gap:1.75rem}
.tk-cols-4 .tk-prow{grid-template-columns:repeat(4,minmax(0,1fr));column-gap:1.25rem}
.tk-pcell>:first-child{margin-top:0}
.tk-pcell>:last-child{margin-bottom:.9em}
.tk-prow-head{position:sticky;top:0;background:#fffdf9;z-index:1;border-bottom:1px solid var(--tk-rule);margin-bottom:.8rem}
.tk-prow-head .tk-text-label{margin:.4em 0;border:0;font-size:1.05rem}
.tk-col-label{margin:.3em 0;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:.85rem;color:var(--tk-accent);font-variant:small-caps}
.tk-prow:hover>.tk-pcell:not(.tk-pcell-empty){background:linear-gradient(transparent,transparent)}
@media (max-width:52rem){
 .tk-prow,.tk-cols-3 .tk-prow,.tk-cols-4 .tk-prow{grid-template-columns:minmax(0,1fr)}
 .tk-pcell-empty{display:none}
 .tk-prow-head{position:static}
 .tk-prow>.tk-pcell+.tk-pcell{border-left:3px solid var(--tk-rule);padding-left:.75rem}
}
/* index */
.tk-index-list{list-style:none;padding-left:0;columns:2 22rem;column-gap:2rem}
.tk-entry{break-inside:avoid;margin:0 0 .55em;font-size:.95rem}
.tk-entry:target{background:var(--tk-mark)}
.tk-entry-name{font-weight:600}
.tk-entry-alt,.tk-entry-detail{color:var(--tk-muted)}
.tk-entry-key{font-style:italic}
.tk-entry .tei-geo,.tk-entry .tei-location{font-size:.85em}
.tk-member{border-top:2px solid var(--tk-rule);margin-top:2.5rem}
@media print{
 body{background:#fff}
 .tei-edition{max-width:none;padding:0;font-size:10.5pt;color:#000}
 .tk-toc,.tk-backlink{display:none}
 .tei-edition a{color:inherit;text-decoration:none}
 .tk-prow-head{position:static}
 .tk-prow{break-inside:avoid}
 h1,h2,h3,h4{break-after:avoid}
 aside.tk-marginal,span.tk-marginal{float:none!important;width:auto!important;margin:.5em 0!important;background:none;border:1px solid #999}
 .tk-entry,.tk-footnote{break-inside:avoid}
 .tk-pb-dipl{border-top-color:#999}
 .tei-stamp{transform:none}
}
]]></xsl:variable>

</xsl:stylesheet>
