/**
 * Namespace handling for feed XML, as feedsmith 3 did it (Parallax parsed feeds with it until the
 * background bundle had to shrink): element and attribute names are lower-cased, and a prefix declared
 * for a namespace Parallax reads is renamed to that namespace's usual prefix, so `<a:link>` with
 * xmlns:a="http://www.w3.org/2005/Atom" reads as `atom:link`. A format's own namespace loses its prefix
 * (`<atom:feed>` → `feed`, `<rdf:RDF>` → `rdf`), also when it is the default namespace.
 * Prefixes of other namespaces are kept as written.
 */

/** Namespace URIs without "http://" or "https://" (both are accepted); "/?" also accepts no trailing slash. */
const KNOWN: Record<string, string[]> = {
  atom: ['www.w3.org/2005/atom/?', 'purl.org/atom/ns#'],
  dc: ['purl.org/dc/elements/1.1/?', 'dublincore.org/documents/dcmi-namespace/?', 'purl.org/dc/elements/1.0/?'],
  dcterms: [
    'purl.org/dc/terms/?',
    'dublincore.org/documents/dcmi-terms/?',
    'dublincore.org/specifications/dublin-core/dcmi-terms/?',
  ],
  content: ['purl.org/rss/1.0/modules/content/?'],
  itunes: ['www.itunes.com/dtds/podcast-1.0.dtd'],
  media: [
    'search.yahoo.com/mrss/?',
    'video.search.yahoo.com/mrss/?',
    'www.rssboard.org/media-rss/?',
    'search.yahoo.com/searchmonkey/media/?',
    'tools.search.yahoo.com/mrss/?',
  ],
  rdf: ['www.w3.org/1999/02/22-rdf-syntax-ns#'],
  rss: ['purl.org/rss/1.0/?'],
};

const PREFIX_OF = new Map<string, string>();
for (const [prefix, uris] of Object.entries(KNOWN)) {
  for (const uri of uris) {
    const base = uri.replace(/\/\?$/, '');
    PREFIX_OF.set(base, prefix);
    if (uri.endsWith('/?')) PREFIX_OF.set(`${base}/`, prefix);
  }
}

/** The usual prefix for a namespace URI, or undefined for namespaces Parallax does not read. */
export function knownPrefix(uri: string): string | undefined {
  const match = /^https?:\/\/(.*)$/.exec(uri.trim().toLowerCase());
  return match ? PREFIX_OF.get(match[1]!) : undefined;
}

/**
 * Elements read as raw text rather than parsed (their content may be escaped or unescaped HTML), for
 * every namespace feedsmith knew: "prefix:local,local …", a local part may continue a path.
 */
const NAMESPACE_STOP_NODES =
  'acast:showid,showurl,settings,importedfeed,episodeid,episodeurl admin:errorreportsto,generatoragent app:draft,edited arxiv:affiliation,comment,journal_ref,doi atom:author.atom:name,author.atom:uri,author.atom:url,author.atom:email,category,contributor.atom:name,contributor.atom:uri,contributor.atom:url,contributor.atom:email,generator,icon,id,link,logo,rights,subtitle,tagline,title,updated,modified,content,published,issued,created,source.atom:author.atom:name,source.atom:author.atom:uri,source.atom:author.atom:url,source.atom:author.atom:email,source.atom:category,source.atom:contributor.atom:name,source.atom:contributor.atom:uri,source.atom:contributor.atom:url,source.atom:contributor.atom:email,source.atom:generator,source.atom:icon,source.atom:id,source.atom:link,source.atom:logo,source.atom:rights,source.atom:subtitle,source.atom:title,source.atom:updated,source.atom:modified,summary blogchannel:blogroll,blink,mysubscriptions cc:license,morepermissions,attributionname,attributionurl,useguidelines,permits,requires,prohibits,jurisdiction,legalcode,deprecatedon content:encoded creativecommons:license dc:title,creator,subject,description,publisher,contributor,date,type,format,identifier,source,language,relation,coverage,rights dcterms:abstract,accrualmethod,accrualperiodicity,accrualpolicy,alternative,audience,bibliographiccitation,contributor,coverage,creator,date,description,educationlevel,extent,format,hasformat,haspart,hasversion,identifier,instructionalmethod,language,license,mediator,medium,provenance,publisher,relation,rightsholder,source,spatial,subject,temporal,title,type,accessrights,available,conformsto,created,dateaccepted,datecopyrighted,datesubmitted,isformatof,ispartof,isreferencedby,isreplacedby,isrequiredby,issued,isversionof,modified,references,replaces,requires,rights,tableofcontents,valid feedpress:link,newsletterid,locale,podcastid,cssfile geo:lat,long,alt georss:point,line,polygon,box,featuretypetag,relationshiptag,featurename,elev,floor,radius googleplay:author,description,email,block,explicit,image,new-feed-url,category itunes:author,title,duration,explicit,episode,season,episodetype,block,summary,subtitle,keywords,name,email,type,new-feed-url,complete,applepodcastsverify media:rating,adult,title,description,category,hash,credit,copyright,text,restriction,keywords,comment,response,backlink,license,location,param,scene.scenetitle,scene.scenedescription,scene.scenestarttime,scene.sceneendtime opensearch:totalresults,startindex,itemsperpage pingback:server,target,to podcast:locked,funding,soundbite,person,location,season,episode,trailer,license,guid,medium,contentlink,block,txt,updatefrequency prism:publicationname,issn,eissn,isbn,issueidentifier,issuename,issueteaser,issuetype,volume,number,edition,aggregateissuenumber,aggregationtype,coverdate,coverdisplaydate,publicationdate,publicationdisplaydate,creationdate,modificationdate,datereceived,onsaledate,onsaleday,offsaledate,killdate,copyrightyear,contenttype,alternatetitle,subtitle,teaser,keyword,seriestitle,seriesnumber,bookedition,nationalcatalognumber,productcode,uspsnumber,publishingfrequency,channel,subchannel1,subchannel2,subchannel3,subchannel4,section,subsection1,subsection2,subsection3,subsection4,corporateentity,distributor,sellingagency,organization,person,platform,originplatform,device,complianceprofile,blogtitle,blogurl,link,url,bytecount,wordcount,pagecount,rating,timeperiod,versionidentifier,ticker,academicfield,event,genre,industry,location,object,profession,sport,embargodate,copyright,expirationdate,rightsagent,doi,startingpage,endingpage,pagerange,pageprogressiondirection,samplepagerange,hasalternative,hascorrection,hastranslation,isalternativeof,iscorrectionof,istranslationof,supplementtitle,supplementdisplayid,supplementstartingpage rawvoice:rating,liveembed,flashlivestream,httplivestream,shoutcastlivestream,livestream,location,frequency,mycast,metamark,donate,embed,ishd rdf:type,value slash:section,department,comments,hit_parade source:account,url,startday,endday,filename,subscriptionlist,cloud,blogroll,self,markdown,outline,localtime,linkfull,inreplyto spotify:countryoforigin sy:updateperiod,updatefrequency,updatebase thr:total trackback:ping,about wfw:comment,commentrss yt:videoid,channelid,playlistid';

export const namespaceStopNodes = (): string[] =>
  NAMESPACE_STOP_NODES.split(' ').flatMap((group) => {
    const colon = group.indexOf(':');
    const prefix = group.slice(0, colon);
    return group
      .slice(colon + 1)
      .split(',')
      .map((local) => `*.${prefix}:${local}`);
  });

export interface NameHooks {
  transformTagName: (name: string) => string;
  transformAttributeName: (name: string) => string;
  attributeValueProcessor: (name: string, value: string) => string;
  updateTag: (name: string) => string;
}

/**
 * fast-xml-parser hooks for one document. Prefix declarations are collected from the first 64 KB up
 * front (the parser renames a tag before it sees the attributes declaring it) and from attributes as
 * they come; `primary` is the format's own namespace, whose prefix is dropped.
 */
export function namespaceHooks(document: string, primary: string[]): NameHooks {
  const resolve = (uri: string): string | undefined => {
    const prefix = knownPrefix(uri);
    return prefix !== undefined && primary.includes(prefix) ? '' : prefix;
  };
  const prefixMap = new Map<string, string>();
  const seeded = new Set<string>();
  let defaultCanonical: string | undefined;
  let hasRemapping = false;
  let tagsSeen = 0;
  const record = (prefix: string, uri: string) => {
    if (prefixMap.has(prefix)) return;
    const canonical = resolve(uri);
    if (canonical === undefined) return;
    prefixMap.set(prefix, canonical);
    if (canonical !== prefix) hasRemapping = true;
  };
  const head = document.length > 65_536 ? document.slice(0, 65_536) : document;
  const declaration = /([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  let index = head.indexOf('xmlns:', rootIndex(head));
  while (index !== -1) {
    declaration.lastIndex = index + 6;
    const match = declaration.exec(head);
    if (match) {
      const prefix = match[1]!.toLowerCase();
      record(prefix, match[2] ?? match[3]!);
      seeded.add(prefix);
    }
    index = head.indexOf('xmlns:', match ? declaration.lastIndex : index + 6);
  }
  const rename = (name: string, useDefault: boolean): string => {
    const lowered = name.toLowerCase();
    if (!hasRemapping) return lowered;
    const colon = lowered.indexOf(':');
    if (colon === -1) return useDefault && defaultCanonical ? `${defaultCanonical}:${lowered}` : lowered;
    const prefix = lowered.slice(0, colon);
    if (prefix === 'xmlns' || prefix === 'xml') return lowered;
    const canonical = prefixMap.get(prefix);
    if (canonical === undefined) return lowered;
    const local = lowered.slice(colon + 1);
    return canonical === '' ? local : `${canonical}:${local}`;
  };
  return {
    transformTagName: (name) => {
      tagsSeen++;
      return rename(name, true);
    },
    transformAttributeName: (name) => `@${rename(name.slice(1), false)}`,
    attributeValueProcessor: (name, value) => {
      const first = name.charCodeAt(0);
      if ((first !== 120 && first !== 88) || typeof value !== 'string') return value; // not x/X
      const lowered = name.toLowerCase();
      if (lowered === 'xmlns') {
        if (tagsSeen === 1 && defaultCanonical === undefined) {
          defaultCanonical = resolve(value);
          if (defaultCanonical) hasRemapping = true;
        }
      } else if (lowered.startsWith('xmlns:')) {
        const prefix = lowered.slice(6);
        if (seeded.delete(prefix)) prefixMap.delete(prefix);
        record(prefix, value);
      }
      return value;
    },
    updateTag: (tag) => {
      if (!hasRemapping) return tag;
      const colon = tag.indexOf(':');
      if (colon === -1) return defaultCanonical ? `${defaultCanonical}:${tag}` : tag;
      const canonical = prefixMap.get(tag.slice(0, colon));
      if (canonical === undefined || canonical === tag.slice(0, colon)) return tag;
      const local = tag.slice(colon + 1);
      return canonical === '' ? local : `${canonical}:${local}`;
    },
  };
}

/** Index of the root element: skips the prolog, processing instructions, comments and the DOCTYPE. */
function rootIndex(document: string): number {
  let index = document.indexOf('<');
  while (index !== -1) {
    const marker = document.charCodeAt(index + 1);
    if (marker !== 63 && marker !== 33) return index; // not "<?" or "<!"
    const end = document.startsWith('<!--', index) ? document.indexOf('-->', index) : document.indexOf('>', index);
    if (end === -1) return -1;
    index = document.indexOf('<', end);
  }
  return -1;
}
