<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit: user-interface labels.
  All words the stylesheets generate (headings, tooltips, bracketed labels) come from this one map,
  keyed by language and then by label key. To add a language, add an entry to $tk:labels with the
  same keys; missing keys fall back to English, then to the key itself.
  Expects a global parameter $lang (declared by the entry stylesheet).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tk="https://teikit.dev/ns/xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="tk:labels" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'en': map {
      'about': 'About this edition',
      'about-document': 'About this document',
      'about-corpus': 'About this collection',
      'contents': 'Contents',
      'notes': 'Notes',
      'index': 'Index',
      'index-person': 'Persons',
      'index-place': 'Places',
      'index-org': 'Organisations',
      'index-event': 'Events',
      'also': 'also',
      'born': 'born',
      'died': 'died',
      'untitled': 'Untitled document',
      'text': 'Text',
      'original': 'Original',
      'translation': 'Translation',
      'transcription': 'Transcription',
      'edition': 'Edition',
      'texts': 'Texts',
      'source-doc': 'Documentary transcription',
      'surface': 'Surface',

      'h-title': 'Title',
      'h-author': 'Author',
      'h-editor': 'Editor',
      'h-resp': 'Responsibility',
      'h-funder': 'Credits',
      'h-sponsor': 'Sponsor',
      'h-principal': 'Principal',
      'h-publisher': 'Publisher',
      'h-distributor': 'Distributor',
      'h-authority': 'Authority',
      'h-pubplace': 'Place of publication',
      'h-pubdate': 'Publication date',
      'h-idno': 'Identifier',
      'h-url': 'Source URL',
      'h-licence': 'Licence',
      'h-availability': 'Availability',
      'h-source': 'Source',
      'h-archive': 'Archive',
      'h-shelfmark': 'Shelfmark',
      'h-altid': 'Other identifier',
      'h-date': 'Date',
      'h-dates': 'Dates',
      'h-origdate': 'Date of origin',
      'h-origplace': 'Place of origin',
      'h-language': 'Languages',
      'h-classification': 'Classification',
      'h-keywords': 'Keywords',
      'h-summary': 'Summary',
      'h-credits': 'Credits',
      'h-notes': 'Notes',
      'h-hands': 'Hands',
      'h-stamps': 'Stamps and additions',
      'h-edition': 'Edition',
      'h-extent': 'Extent',
      'h-revisions': 'Revisions',

      'note': 'Note',
      'note-translator': 'Translator''s note',
      'note-editorial': 'Editor''s note',
      'note-editor': 'Editor''s note',
      'note-author': 'Author''s note',
      'note-authorial': 'Author''s note',
      'note-commentary': 'Commentary',
      'note-addition': 'Addition',
      'marginal-note': 'Marginal note',
      'hand-of': 'hand of',
      'hand': 'hand',
      'hand-change': 'Change of hand',
      'back-to-ref': 'Back to reference',
      'note-ref': 'Note',

      'place-margin': 'in the margin',
      'place-left': 'left margin',
      'place-right': 'right margin',
      'place-top': 'top of the page',
      'place-bottom': 'bottom of the page',
      'place-inner': 'inner margin',
      'place-outer': 'outer margin',
      'place-opposite': 'on the opposite page',
      'place-overleaf': 'overleaf',
      'place-above': 'above the line',
      'place-below': 'below the line',
      'place-inline': 'inline',
      'place-interlinear': 'between the lines',
      'place-foot': 'foot of the page',
      'place-end': 'end of the text',

      'page': 'p.',
      'page-long': 'page',
      'page-break': 'page break',
      'column': 'col.',
      'column-break': 'column break',
      'line': 'line',
      'folio': 'folio',
      'fw': 'forme work',
      'milestone': 'milestone',

      'gap': 'Gap',
      'gap-text': 'text',
      'gap-illegible': 'illegible',
      'gap-lost': 'lost',
      'gap-omitted': 'omitted',
      'gap-unreadable': 'unreadable',
      'gap-missing': 'missing',
      'gap-unknown-number': 'an unknown number of',
      'gap-unknown-extent': 'text of unknown extent',
      'unclear': 'unclear',
      'low-certainty': 'low certainty',
      'medium-certainty': 'medium certainty',
      'high-certainty': 'high certainty',
      'damage': 'damage',
      'damaged': 'damaged',
      'supplied': 'supplied',
      'surplus': 'surplus',
      'added': 'added',
      'deleted': 'deleted',
      'replaces': 'replaces',
      'substitution': 'substitution',
      'space': 'space',
      'vacat': 'vacat',
      'sic': 'sic',
      'corr': 'corrected',
      'orig': 'original',
      'reg': 'regularised',
      'abbr': 'abbreviation',
      'expan': 'expansion',
      'variant': 'variant',
      'variants': 'variants',
      'reading': 'reading',
      'stamp': 'Stamp',
      'signature': 'signature',
      'figure': 'Figure',
      'image': 'Image',
      'page-image': 'Page',
      'region': 'Region',
      'region-of': 'Region of',
      'unlinked-images': 'Images not linked to a page of the text',
      'iiif-source': 'IIIF',
      'link-external': 'external link',

      'zone-left': 'Left margin', 'zone-right': 'Right margin', 'zone-top': 'Top of the page',
      'zone-bottom': 'Foot of the page', 'zone-margin': 'Margin', 'zone-pastedown': 'Pastedown',
      'zone-pasteover': 'Paste-over', 'zone-library': 'Library marks', 'zone-foliation': 'Foliation',
      'zone-shelfmark': 'Shelfmark', 'zone-pagination': 'Pagination', 'zone-catchword': 'Catchword',
      'zone-header': 'Running head', 'zone-calculation': 'Calculation', 'zone-sketch': 'Sketch',
      'zone-drawing': 'Drawing', 'zone-stamp': 'Stamp', 'zone-column': 'Column', 'zone-note': 'Note',
      'rotated': 'rotated',
      'del-overwritten': 'overwritten', 'del-erased': 'erased', 'del-unmarked': 'unmarked',
      'del-smear': 'smeared out', 'del-vertical': 'vertical line', 'del-bracketed': 'bracketed',
      'mm-count': 'count', 'mm-insert': 'insertion mark', 'mm-separate': 'separation mark',
      'mm-paragraph': 'paragraph mark', 'mm-displacement': 'displacement mark', 'mm-transpose': 'transposition mark',
      'mm-sequence': 'sequence mark', 'mm-alternate': 'alternative', 'mm-unclear': 'unclear mark',
      'mm-calculation': 'calculation', 'mm-delete': 'deletion mark', 'mm-marginal': 'marginal mark',
      'mm-stet': 'stet mark', 'mm-none': 'mark',
      'modified': 'modified', 'retraced': 'retraced', 'restored': 'restored',
      'span-del-begins': 'deletion begins', 'span-del-ends': 'deletion ends',
      'span-add-begins': 'addition begins', 'span-add-ends': 'addition ends',
      'span-damage-begins': 'damage begins', 'span-damage-ends': 'damage ends',
      'span-speaker': 'speaker', 'span-stage': 'stage direction', 'span-head': 'heading', 'span-seg': 'segment',
      'span-p': 'paragraph', 'span-l': 'verse line', 'span-lg': 'stanza', 'span-q': 'quotation', 'span-note': 'note',
      'span-div': 'division', 'span-date': 'date',

      'unit-char': 'character', 'unit-chars': 'characters',
      'unit-word': 'word', 'unit-words': 'words',
      'unit-line': 'line', 'unit-lines': 'lines',
      'unit-page': 'page', 'unit-pages': 'pages',
      'unit-leaf': 'leaf', 'unit-leaves': 'leaves',
      'unit-column': 'column', 'unit-columns': 'columns',
      'unit-cm': 'cm', 'unit-cms': 'cm',
      'unit-mm': 'mm', 'unit-mms': 'mm',

      'lang-en': 'English', 'lang-ru': 'Russian', 'lang-de': 'German', 'lang-fr': 'French',
      'lang-fra': 'French', 'lang-es': 'Spanish', 'lang-it': 'Italian', 'lang-la': 'Latin',
      'lang-grc': 'Ancient Greek', 'lang-el': 'Greek', 'lang-pt': 'Portuguese', 'lang-pl': 'Polish',
      'lang-cs': 'Czech', 'lang-uk': 'Ukrainian', 'lang-zh': 'Chinese', 'lang-ja': 'Japanese',
      'lang-ar': 'Arabic', 'lang-he': 'Hebrew', 'lang-sw': 'Swahili', 'lang-nl': 'Dutch',
      'lang-deu': 'German', 'lang-eng': 'English', 'lang-rus': 'Russian', 'lang-lat': 'Latin'
    }
  }"/>

  <!--
    The requested language's labels and English's, looked up once per transform (merging them into one map
    costs more than it saves on a small document).
  -->
  <xsl:variable name="tk:ui-labels" as="map(xs:string, xs:string)" select="(map:get($tk:labels, $lang), map {})[1]"/>
  <xsl:variable name="tk:en-labels" as="map(xs:string, xs:string)" select="map:get($tk:labels, 'en')"/>

  <!-- A UI label in the requested language, falling back to English, then to the key. -->
  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="(map:get($tk:ui-labels, $key), map:get($tk:en-labels, $key), $key)[1]"/>
  </xsl:function>

  <!-- Whether a label exists for the key (in the UI language or English). -->
  <xsl:function name="tk:has-label" as="xs:boolean">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="map:contains($tk:ui-labels, $key) or map:contains($tk:en-labels, $key)"/>
  </xsl:function>

  <!-- First letter upper-cased. -->
  <xsl:function name="tk:ucfirst" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="concat(upper-case(substring(string($s), 1, 1)), substring(string($s), 2))"/>
  </xsl:function>

</xsl:stylesheet>
