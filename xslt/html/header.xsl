<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML: the "About this edition" panel built from the teiHeader.
  A <dl> of label/value rows (title, author, responsibilities, credits, publisher, identifiers,
  source URL, licence, source, archive and shelfmark, dates, languages, classification, summary,
  notes) and a list of hands whose entries carry the handNote ids (marginal notes link to them).
  Values are rendered by the default mode, so names link to the index and URLs are sanitised.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    One row: a label and one <dd> per value (values are nodes or strings). The label is given as
    text ($label) or as a label key ($key), looked up only when the row has values.
  -->
  <xsl:template name="tk:row">
    <xsl:param name="label" as="xs:string?" select="()"/>
    <xsl:param name="key" as="xs:string" select="''"/>
    <xsl:param name="values" as="item()*"/>
    <xsl:param name="class" as="xs:string" select="''"/>
    <xsl:param name="self" as="xs:boolean" select="false()"/>
    <xsl:variable name="vs" select="$values[if (. instance of node()) then (normalize-space(.) or exists(.//(graphic | ptr[@target] | ref[@target]))) else normalize-space(.)]"/>
    <xsl:if test="exists($vs)">
      <div class="{normalize-space('tk-row-pair ' || $class)}">
        <dt><xsl:value-of select="if (exists($label)) then $label else tk:label($key)"/></dt>
        <xsl:for-each select="$vs">
          <dd>
            <xsl:choose>
              <xsl:when test=". instance of element() and namespace-uri(.) eq 'http://www.tei-c.org/ns/1.0' and $self">
                <xsl:sequence select="tk:lang-switch(tk:lang(.), $lang)"/>
                <xsl:apply-templates select=".">
                  <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
                </xsl:apply-templates>
              </xsl:when>
              <xsl:when test=". instance of element() and namespace-uri(.) eq 'http://www.tei-c.org/ns/1.0'">
                <xsl:sequence select="tk:lang-switch(tk:lang(.), $lang)"/>
                <xsl:apply-templates select="node()">
                  <xsl:with-param name="tk:phr" tunnel="yes" select="empty(*[tk:is-block-name(.)])"/>
                  <xsl:with-param name="tk:level" tunnel="yes" select="6"/>
                </xsl:apply-templates>
              </xsl:when>
              <xsl:when test=". instance of node()"><xsl:sequence select="."/></xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A value made of a few parts, e.g. "Moscow, TsKhSD". -->
  <xsl:template name="tk:joined">
    <xsl:param name="parts" as="element()*"/>
    <xsl:param name="sep" as="xs:string" select="', '"/>
    <xsl:for-each select="$parts[normalize-space()]">
      <xsl:if test="position() gt 1"><xsl:value-of select="$sep"/></xsl:if>
      <xsl:apply-templates select=".">
        <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="tk:about">
    <xsl:param name="doc" as="element()"/>     <!-- TEI or teiCorpus -->
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="sfx" as="xs:string"/>
    <xsl:param name="heading" as="xs:string" select="tk:label('about')"/>
    <xsl:variable name="h" select="$doc/teiHeader"/>
    <xsl:variable name="fd" select="$h/fileDesc"/>
    <xsl:variable name="ts" select="$fd/titleStmt"/>
    <xsl:variable name="ps" select="$fd/publicationStmt"/>
    <xsl:variable name="sd" select="$fd/sourceDesc"/>
    <xsl:variable name="ms" select="$sd//msDesc"/>
    <xsl:variable name="pd" select="$h/profileDesc"/>
    <xsl:variable name="hands" select="($h//handDesc/handNote, $pd/handNotes/handNote, $h//handNotes/handNote)/."/>
    <xsl:if test="exists($h)">
      <section class="tk-about" id="tk-about{$sfx}" aria-labelledby="tk-abouth{$sfx}">
        <xsl:call-template name="tk:heading">
          <xsl:with-param name="level" select="$level"/>
          <xsl:with-param name="id" select="'tk-abouth' || $sfx"/>
          <xsl:with-param name="content" select="$heading"/>
        </xsl:call-template>
        <dl class="tk-about-list">
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-title'"/>
            <xsl:with-param name="values" select="$ts/title"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-author'"/>
            <xsl:with-param name="values" select="$ts/author"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-editor'"/>
            <xsl:with-param name="values" select="$ts/editor"/>
          </xsl:call-template>
          <xsl:for-each select="$ts/respStmt">
            <xsl:call-template name="tk:row">
              <xsl:with-param name="label" select="let $r := normalize-space(string-join(resp ! normalize-space(.), '; ')) return if ($r ne '') then tk:ucfirst($r) else tk:label('h-resp')"/>
              <xsl:with-param name="values" as="item()*">
                <xsl:if test="* except resp">
                  <span class="tk-names">
                    <xsl:call-template name="tk:joined"><xsl:with-param name="parts" select="* except resp"/></xsl:call-template>
                  </span>
                </xsl:if>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-funder'"/>
            <xsl:with-param name="values" select="($ts/funder, $ts/sponsor, $fd/notesStmt/note[@type = ('credits', 'credit', 'acknowledgement', 'acknowledgment')])"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-principal'"/>
            <xsl:with-param name="values" select="$ts/principal"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-edition'"/>
            <xsl:with-param name="values" select="$fd/editionStmt/edition"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-publisher'"/>
            <xsl:with-param name="values" select="($ps/publisher, $ps/distributor, $ps/authority)"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-pubplace'"/>
            <xsl:with-param name="values" select="$ps/pubPlace"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-pubdate'"/>
            <xsl:with-param name="values" select="$ps/date"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-url'"/>
            <xsl:with-param name="self" select="true()"/>
            <xsl:with-param name="values" select="$ps/idno[lower-case(@type) = ('url', 'uri')][matches(normalize-space(.), '^https?://', 'i')]"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-idno'"/>
            <xsl:with-param name="values" as="item()*">
              <xsl:for-each select="$ps/idno[normalize-space()][not(lower-case(@type) = ('url', 'uri') and matches(normalize-space(.), '^https?://', 'i'))]">
                <span class="tk-idno">
                  <xsl:if test="@type"><span class="tk-key"><xsl:value-of select="@type"/>:</span><xsl:text> </xsl:text></xsl:if>
                  <xsl:apply-templates select="."/>
                </span>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-licence'"/>
            <xsl:with-param name="values" as="item()*">
              <xsl:for-each select="$ps/availability/licence">
                <span class="tk-licence">
                  <xsl:apply-templates select="node()">
                    <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
                  </xsl:apply-templates>
                  <xsl:variable name="u" select="tk:url-of(@target)"/>
                  <xsl:if test="$u ne ''">
                    <xsl:text> </xsl:text>
                    <a href="{$u}" class="tk-ext" rel="noopener noreferrer license"><xsl:value-of select="normalize-space(@target)"/></a>
                  </xsl:if>
                </span>
              </xsl:for-each>
              <xsl:sequence select="$ps/availability/p"/>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-source'"/>
            <xsl:with-param name="values" select="($sd/bibl, $sd/biblStruct, $sd/biblFull/titleStmt/title, $sd/p, $sd/list)"/>
          </xsl:call-template>
          <xsl:for-each select="$ms">
            <xsl:variable name="id" select="msIdentifier"/>
            <xsl:call-template name="tk:row">
              <xsl:with-param name="key" select="'h-archive'"/>
              <xsl:with-param name="values" as="item()*">
                <xsl:if test="$id/(repository | institution | collection | settlement | country | region)[normalize-space()]">
                  <span class="tk-archive">
                    <xsl:call-template name="tk:joined">
                      <xsl:with-param name="parts" select="($id/repository, $id/institution, $id/collection, $id/settlement, $id/region, $id/country)"/>
                    </xsl:call-template>
                  </span>
                </xsl:if>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="tk:row">
              <xsl:with-param name="key" select="'h-shelfmark'"/>
              <xsl:with-param name="values" select="($id/idno, $id/msName)"/>
            </xsl:call-template>
            <xsl:call-template name="tk:row">
              <xsl:with-param name="key" select="'h-altid'"/>
              <xsl:with-param name="values" as="item()*">
                <xsl:for-each select="$id/altIdentifier[normalize-space()]">
                  <span class="tk-altid">
                    <xsl:if test="@type"><span class="tk-key"><xsl:value-of select="@type"/>:</span><xsl:text> </xsl:text></xsl:if>
                    <xsl:call-template name="tk:joined">
                      <xsl:with-param name="parts" select="*[not(self::note)]"/>
                    </xsl:call-template>
                    <xsl:for-each select="note[normalize-space()]">
                      <xsl:text> — </xsl:text>
                      <xsl:apply-templates select="node()">
                        <xsl:with-param name="tk:phr" tunnel="yes" select="true()"/>
                      </xsl:apply-templates>
                    </xsl:for-each>
                  </span>
                </xsl:for-each>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="tk:row">
              <xsl:with-param name="key" select="'h-origdate'"/>
              <xsl:with-param name="values" select="history/origin/origDate"/>
            </xsl:call-template>
            <xsl:call-template name="tk:row">
              <xsl:with-param name="key" select="'h-origplace'"/>
              <xsl:with-param name="values" select="history/origin/origPlace"/>
            </xsl:call-template>
            <xsl:call-template name="tk:row">
              <xsl:with-param name="key" select="'h-summary'"/>
              <xsl:with-param name="values" select="msContents/summary"/>
            </xsl:call-template>
            <xsl:call-template name="tk:row">
              <xsl:with-param name="key" select="'h-stamps'"/>
              <xsl:with-param name="values" select="physDesc/(stampDesc, additions)"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-dates'"/>
            <xsl:with-param name="values" as="item()*">
              <xsl:for-each select="$pd/creation/(date | origDate)[normalize-space() or @when]">
                <span class="tk-date">
                  <xsl:apply-templates select="."/>
                  <xsl:if test="not(normalize-space())"><xsl:value-of select="@when"/></xsl:if>
                  <xsl:if test="@type"><xsl:text> (</xsl:text><xsl:value-of select="@type"/><xsl:text>)</xsl:text></xsl:if>
                </span>
              </xsl:for-each>
              <xsl:if test="$pd/creation[not(date | origDate)][normalize-space()]">
                <xsl:sequence select="$pd/creation"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-language'"/>
            <xsl:with-param name="values" as="item()*">
              <xsl:if test="$pd/langUsage/language[normalize-space() or @ident]">
                <span class="tk-languages">
                  <xsl:for-each select="$pd/langUsage/language[normalize-space() or @ident]">
                    <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
                    <xsl:value-of select="if (normalize-space()) then normalize-space() else tk:lang-name(., string(@ident))"/>
                  </xsl:for-each>
                </span>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-classification'"/>
            <xsl:with-param name="values" as="item()*">
              <xsl:for-each select="$pd/textClass/catRef">
                <xsl:variable name="cats" select="for $t in tokenize(normalize-space(@target), ' ') return tk:resolve(., $t)"/>
                <xsl:if test="exists($cats)">
                  <span class="tk-category">
                    <xsl:value-of select="string-join(for $c in $cats return
                        normalize-space(string-join(($c/ancestor::taxonomy[1]/@xml:id, normalize-space(string-join(($c/catDesc, $c/gloss, $c/desc)[1]//text(), ''))[. ne ''], $c/@xml:id)[position() le 2], ': ')), '; ')"/>
                  </span>
                </xsl:if>
              </xsl:for-each>
              <xsl:sequence select="$pd/textClass/(keywords, classCode)"/>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-summary'"/>
            <xsl:with-param name="values" select="$pd/abstract"/>
          </xsl:call-template>
          <xsl:call-template name="tk:row">
            <xsl:with-param name="key" select="'h-notes'"/>
            <xsl:with-param name="values" select="$fd/notesStmt/(note[not(@type = ('credits', 'credit', 'acknowledgement', 'acknowledgment'))], relatedItem)"/>
          </xsl:call-template>
        </dl>
        <xsl:if test="exists($hands)">
          <section class="tk-hands" aria-labelledby="tk-hh{$sfx}">
            <xsl:call-template name="tk:heading">
              <xsl:with-param name="level" select="$level + 1"/>
              <xsl:with-param name="id" select="'tk-hh' || $sfx"/>
              <xsl:with-param name="content" select="tk:label('h-hands')"/>
            </xsl:call-template>
            <dl class="tk-hand-list">
              <xsl:for-each select="$hands">
                <div class="tk-row-pair">
                  <dt id="{tk:html-id(.)}">
                    <xsl:value-of select="string-join((if (@xml:id) then string(@xml:id) else tk:label('hand') || ' ' || position(),
                                                       (@scribe, @medium, @script, @style, @scope)[normalize-space()] ! normalize-space(.)), ' · ')"/>
                  </dt>
                  <dd>
                    <xsl:sequence select="tk:lang-switch(tk:lang(.), $lang)"/>
                    <xsl:apply-templates select="node()">
                      <xsl:with-param name="tk:phr" tunnel="yes" select="empty(*[tk:is-block-name(.)])"/>
                    </xsl:apply-templates>
                    <xsl:if test="not(normalize-space()) and @corresp">
                      <xsl:value-of select="tk:hand-name(., tk:first-token(@corresp))"/>
                    </xsl:if>
                  </dd>
                </div>
              </xsl:for-each>
            </dl>
          </section>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
