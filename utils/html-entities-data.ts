// The HTML standard's named character references (https://html.spec.whatwg.org/multipage/named-characters.html),
// a list the standard has frozen: 2,125 names, 106 of which also work without the semicolon.
// NAMED: space-separated groups "delta:names" in code point order, where delta (base 36, empty for 1) is the step
// from the previous group's code point, or "=cp.cp:names" for two-code-point values. Read by utils/html-entities.ts;
// tests/utils/html-entities.test.ts checks every name against the `entities` package.
export const NAMED =
  '9:Tab :NewLine n:excl :QUOT,quot :num :dollar :percnt :AMP,amp :apos :lpar :rpar :ast,midast :plus :comma 2:pe' +
  'riod :sol b:colon :semi :LT,lt :equals :GT,gt :quest :commat r:lbrack,lsqb :bsol :rbrack,rsqb :Hat :UnderBar,l' +
  'owbar :DiacriticalGrave,grave r:lbrace,lcub :VerticalLine,verbar,vert :rbrace,rcub z:NonBreakingSpace,nbsp :ie' +
  'xcl :cent :pound :curren :yen :brvbar :sect :Dot,DoubleDot,die,uml :COPY,copy :ordf :laquo :not :shy :REG,circ' +
  'ledR,reg :macr,strns :deg :PlusMinus,plusmn,pm :sup2 :sup3 :DiacriticalAcute,acute :micro :para :CenterDot,cen' +
  'terdot,middot :Cedilla,cedil :sup1 :ordm :raquo :frac14 :frac12,half :frac34 :iquest :Agrave :Aacute :Acirc :A' +
  'tilde :Auml :Aring,angst :AElig :Ccedil :Egrave :Eacute :Ecirc :Euml :Igrave :Iacute :Icirc :Iuml :ETH :Ntilde' +
  ' :Ograve :Oacute :Ocirc :Otilde :Ouml :times :Oslash :Ugrave :Uacute :Ucirc :Uuml :Yacute :THORN :szlig :agrav' +
  'e :aacute :acirc :atilde :auml :aring :aelig :ccedil :egrave :eacute :ecirc :euml :igrave :iacute :icirc :iuml' +
  ' :eth :ntilde :ograve :oacute :ocirc :otilde :ouml :div,divide :oslash :ugrave :uacute :ucirc :uuml :yacute :t' +
  'horn :yuml :Amacr :amacr :Abreve :abreve :Aogon :aogon :Cacute :cacute :Ccirc :ccirc :Cdot :cdot :Ccaron :ccar' +
  'on :Dcaron :dcaron :Dstrok :dstrok :Emacr :emacr 3:Edot :edot :Eogon :eogon :Ecaron :ecaron :Gcirc :gcirc :Gbr' +
  'eve :gbreve :Gdot :gdot :Gcedil 2:Hcirc :hcirc :Hstrok :hstrok :Itilde :itilde :Imacr :imacr 3:Iogon :iogon :I' +
  'dot :imath,inodot :IJlig :ijlig :Jcirc :jcirc :Kcedil :kcedil :kgreen :Lacute :lacute :Lcedil :lcedil :Lcaron ' +
  ':lcaron :Lmidot :lmidot :Lstrok :lstrok :Nacute :nacute :Ncedil :ncedil :Ncaron :ncaron :napos :ENG :eng :Omac' +
  'r :omacr 3:Odblac :odblac :OElig :oelig :Racute :racute :Rcedil :rcedil :Rcaron :rcaron :Sacute :sacute :Scirc' +
  ' :scirc :Scedil :scedil :Scaron :scaron :Tcedil :tcedil :Tcaron :tcaron :Tstrok :tstrok :Utilde :utilde :Umacr' +
  ' :umacr :Ubreve :ubreve :Uring :uring :Udblac :udblac :Uogon :uogon :Wcirc :wcirc :Ycirc :ycirc :Yuml :Zacute ' +
  ':zacute :Zdot :zdot :Zcaron :zcaron k:fnof z:imped 1s:gacute 1u:jmath 3z:circ :Hacek,caron h:Breve,breve :Diac' +
  'riticalDot,dot :ring :ogon :DiacriticalTilde,tilde :DiacriticalDoubleAcute,dblac 1g:DownBreve 3k:Alpha :Beta :' +
  'Gamma :Delta :Epsilon :Zeta :Eta :Theta :Iota :Kappa :Lambda :Mu :Nu :Xi :Omicron :Pi :Rho 2:Sigma :Tau :Upsil' +
  'on :Phi :Chi :Psi :Omega,ohm 8:alpha :beta :gamma :delta :epsi,epsilon :zeta :eta :theta :iota :kappa :lambda ' +
  ':mu :nu :xi :omicron :pi :rho :sigmaf,sigmav,varsigma :sigma :tau :upsi,upsilon :phi :chi :psi :omega 8:thetas' +
  'ym,thetav,vartheta :Upsi,upsih 3:phiv,straightphi,varphi :piv,varpi 6:Gammad :digamma,gammad j:kappav,varkappa' +
  ' :rhov,varrho 4:epsiv,straightepsilon,varepsilon :backepsilon,bepsi b:IOcy :DJcy :GJcy :Jukcy :DScy :Iukcy :YI' +
  'cy :Jsercy :LJcy :NJcy :TSHcy :KJcy 2:Ubrcy :DZcy :Acy :Bcy :Vcy :Gcy :Dcy :IEcy :ZHcy :Zcy :Icy :Jcy :Kcy :Lc' +
  'y :Mcy :Ncy :Ocy :Pcy :Rcy :Scy :Tcy :Ucy :Fcy :KHcy :TScy :CHcy :SHcy :SHCHcy :HARDcy :Ycy :SOFTcy :Ecy :YUcy' +
  ' :YAcy :acy :bcy :vcy :gcy :dcy :iecy :zhcy :zcy :icy :jcy :kcy :lcy :mcy :ncy :ocy :pcy :rcy :scy :tcy :ucy :' +
  'fcy :khcy :tscy :chcy :shcy :shchcy :hardcy :ycy :softcy :ecy :yucy :yacy 2:iocy :djcy :gjcy :jukcy :dscy :iuk' +
  'cy :yicy :jsercy :ljcy :njcy :tshcy :kjcy 2:ubrcy :dzcy 5gj:ensp :emsp :emsp13 :emsp14 2:numsp :puncsp :ThinSp' +
  'ace,thinsp :VeryThinSpace,hairsp :NegativeMediumSpace,NegativeThickSpace,NegativeThinSpace,NegativeVeryThinSpa' +
  'ce,ZeroWidthSpace :zwnj :zwj :lrm :rlm :dash,hyphen 3:ndash :mdash :horbar :Verbar,Vert 2:OpenCurlyQuote,lsquo' +
  ' :CloseCurlyQuote,rsquo,rsquor :lsquor,sbquo 2:OpenCurlyDoubleQuote,ldquo :CloseCurlyDoubleQuote,rdquo,rdquor ' +
  ':bdquo,ldquor 2:dagger :Dagger,ddagger :bull,bullet 3:nldr :hellip,mldr a:permil :pertenk :prime :Prime :tprim' +
  'e :backprime,bprime 4:lsaquo :rsaquo 4:OverBar,oline 3:caret 2:hybull :frasl b:bsemi 8:qprime 8:MediumSpace :N' +
  'oBreak :ApplyFunction,af :InvisibleTimes,it :InvisibleComma,ic 21:euro 1b:TripleDot,tdot :DotDot 12:Copf,compl' +
  'exes 3:incare 5:gscr :HilbertSpace,Hscr,hamilt :Hfr,Poincareplane :Hopf,quaternions :planckh :hbar,hslash,plan' +
  'ck,plankv :Iscr,imagline :Ifr,Im,image,imagpart :Laplacetrf,Lscr,lagran :ell 2:Nopf,naturals :numero :copysr :' +
  'weierp,wp :Popf,primes :Qopf,rationals :Rscr,realine :Re,Rfr,real,realpart :Ropf,reals :rx 4:TRADE,trade 2:Zop' +
  'f,integers 3:mho :Zfr,zeetrf :iiota 3:Bernoullis,Bscr,bernou :Cayleys,Cfr 2:escr :Escr,expectation :Fouriertrf' +
  ',Fscr 2:Mellintrf,Mscr,phmmat :order,orderof,oscr :alefsym,aleph :beth :gimel :daleth d:CapitalDifferentialD,D' +
  'D :DifferentialD,dd :ExponentialE,ee,exponentiale :ImaginaryI,ii b:frac13 :frac23 :frac15 :frac25 :frac35 :fra' +
  'c45 :frac16 :frac56 :frac18 :frac38 :frac58 :frac78 1e:LeftArrow,ShortLeftArrow,larr,leftarrow,slarr :ShortUpA' +
  'rrow,UpArrow,uarr,uparrow :RightArrow,ShortRightArrow,rarr,rightarrow,srarr :DownArrow,ShortDownArrow,darr,dow' +
  'narrow :LeftRightArrow,harr,leftrightarrow :UpDownArrow,updownarrow,varr :UpperLeftArrow,nwarr,nwarrow :UpperR' +
  'ightArrow,nearr,nearrow :LowerRightArrow,searr,searrow :LowerLeftArrow,swarr,swarrow :nlarr,nleftarrow :nrarr,' +
  'nrightarrow 2:rarrw,rightsquigarrow :Larr,twoheadleftarrow :Uarr :Rarr,twoheadrightarrow :Darr :larrtl,leftarr' +
  'owtail :rarrtl,rightarrowtail :LeftTeeArrow,mapstoleft :UpTeeArrow,mapstoup :RightTeeArrow,map,mapsto :DownTee' +
  'Arrow,mapstodown 2:hookleftarrow,larrhk :hookrightarrow,rarrhk :larrlp,looparrowleft :looparrowright,rarrlp :h' +
  'arrw,leftrightsquigarrow :nharr,nleftrightarrow 2:Lsh,lsh :Rsh,rsh :ldsh :rdsh 2:crarr :cularr,curvearrowleft ' +
  ':curarr,curvearrowright 3:circlearrowleft,olarr :circlearrowright,orarr :LeftVector,leftharpoonup,lharu :DownL' +
  'eftVector,leftharpoondown,lhard :RightUpVector,uharr,upharpoonright :LeftUpVector,uharl,upharpoonleft :RightVe' +
  'ctor,rharu,rightharpoonup :DownRightVector,rhard,rightharpoondown :RightDownVector,dharr,downharpoonright :Lef' +
  'tDownVector,dharl,downharpoonleft :RightArrowLeftArrow,rightleftarrows,rlarr :UpArrowDownArrow,udarr :LeftArro' +
  'wRightArrow,leftrightarrows,lrarr :leftleftarrows,llarr :upuparrows,uuarr :rightrightarrows,rrarr :ddarr,downd' +
  'ownarrows :ReverseEquilibrium,leftrightharpoons,lrhar :Equilibrium,rightleftharpoons,rlhar :nLeftarrow,nlArr :' +
  'nLeftrightarrow,nhArr :nRightarrow,nrArr :DoubleLeftArrow,Leftarrow,lArr :DoubleUpArrow,Uparrow,uArr :DoubleRi' +
  'ghtArrow,Implies,Rightarrow,rArr :DoubleDownArrow,Downarrow,dArr :DoubleLeftRightArrow,Leftrightarrow,hArr,iff' +
  ' :DoubleUpDownArrow,Updownarrow,vArr :nwArr :neArr :seArr :swArr :Lleftarrow,lAarr :Rrightarrow,rAarr 2:zigrar' +
  'r 7:LeftArrowBar,larrb :RightArrowBar,rarrb g:DownArrowUpArrow,duarr 8:loarr :roarr :hoarr :ForAll,forall :com' +
  'p,complement :PartialD,part :Exists,exist :NotExists,nexist,nexists :empty,emptyset,emptyv,varnothing 2:Del,na' +
  'bla :Element,in,isin,isinv :NotElement,notin,notinva 2:ReverseElement,SuchThat,ni,niv :NotReverseElement,notni' +
  ',notniva 3:Product,prod :Coproduct,coprod :Sum,sum :minus :MinusPlus,mnplus,mp :dotplus,plusdo 2:Backslash,set' +
  'minus,setmn,smallsetminus,ssetmn :lowast :SmallCircle,compfn 2:Sqrt,radic 3:Proportional,prop,propto,varpropto' +
  ',vprop :infin :angrt :ang,angle :angmsd,measuredangle :angsph :VerticalBar,mid,shortmid,smid :NotVerticalBar,n' +
  'mid,nshortmid,nsmid :DoubleVerticalBar,par,parallel,shortparallel,spar :NotDoubleVerticalBar,npar,nparallel,ns' +
  'hortparallel,nspar :and,wedge :or,vee :cap :cup :Integral,int :Int :iiint,tint :ContourIntegral,conint,oint :C' +
  'onint,DoubleContourIntegral :Cconint :cwint :ClockwiseContourIntegral,cwconint :CounterClockwiseContourIntegra' +
  'l,awconint :Therefore,there4,therefore :Because,becaus,because :ratio :Colon,Proportion :dotminus,minusd 2:mDD' +
  'ot :homtht :Tilde,sim,thicksim,thksim :backsim,bsim :ac,mstpos :acd :VerticalTilde,wr,wreath :NotTilde,nsim :E' +
  'qualTilde,eqsim,esim :TildeEqual,sime,simeq :NotTildeEqual,nsime,nsimeq :TildeFullEqual,cong :simne :NotTildeF' +
  'ullEqual,ncong :TildeTilde,ap,approx,asymp,thickapprox,thkap :NotTildeTilde,nap,napprox :ape,approxeq :apid :b' +
  'ackcong,bcong :CupCap,asympeq :Bumpeq,HumpDownHump,bump :HumpEqual,bumpe,bumpeq :DotEqual,doteq,esdot :doteqdo' +
  't,eDot :efDot,fallingdotseq :erDot,risingdotseq :Assign,colone,coloneq :ecolon,eqcolon :ecir,eqcirc :circeq,ci' +
  're 2:wedgeq :veeeq 2:triangleq,trie 3:equest,questeq :NotEqual,ne :Congruent,equiv :NotCongruent,nequiv 2:le,l' +
  'eq :GreaterEqual,ge,geq :LessFullEqual,lE,leqq :GreaterFullEqual,gE,geqq :lnE,lneqq :gnE,gneqq :Lt,NestedLessL' +
  'ess,ll :Gt,NestedGreaterGreater,gg :between,twixt :NotCupCap :NotLess,nless,nlt :NotGreater,ngt,ngtr :NotLessE' +
  'qual,nle,nleq :NotGreaterEqual,nge,ngeq :LessTilde,lesssim,lsim :GreaterTilde,gsim,gtrsim :NotLessTilde,nlsim ' +
  ':NotGreaterTilde,ngsim :LessGreater,lessgtr,lg :GreaterLess,gl,gtrless :NotLessGreater,ntlg :NotGreaterLess,nt' +
  'gl :Precedes,pr,prec :Succeeds,sc,succ :PrecedesSlantEqual,prcue,preccurlyeq :SucceedsSlantEqual,sccue,succcur' +
  'lyeq :PrecedesTilde,precsim,prsim :SucceedsTilde,scsim,succsim :NotPrecedes,npr,nprec :NotSucceeds,nsc,nsucc :' +
  'sub,subset :Superset,sup,supset :nsub :nsup :SubsetEqual,sube,subseteq :SupersetEqual,supe,supseteq :NotSubset' +
  'Equal,nsube,nsubseteq :NotSupersetEqual,nsupe,nsupseteq :subne,subsetneq :supne,supsetneq 2:cupdot :UnionPlus,' +
  'uplus :SquareSubset,sqsub,sqsubset :SquareSuperset,sqsup,sqsupset :SquareSubsetEqual,sqsube,sqsubseteq :Square' +
  'SupersetEqual,sqsupe,sqsupseteq :SquareIntersection,sqcap :SquareUnion,sqcup :CirclePlus,oplus :CircleMinus,om' +
  'inus :CircleTimes,otimes :osol :CircleDot,odot :circledcirc,ocir :circledast,oast 2:circleddash,odash :boxplus' +
  ',plusb :boxminus,minusb :boxtimes,timesb :dotsquare,sdotb :RightTee,vdash :LeftTee,dashv :DownTee,top :UpTee,b' +
  'ot,bottom,perp 2:models :DoubleRightTee,vDash :Vdash :Vvdash :VDash :nvdash :nvDash :nVdash :nVDash :prurel 2:' +
  'LeftTriangle,vartriangleleft,vltri :RightTriangle,vartriangleright,vrtri :LeftTriangleEqual,ltrie,triangleleft' +
  'eq :RightTriangleEqual,rtrie,trianglerighteq :origof :imof :multimap,mumap :hercon :intcal,intercal :veebar 2:' +
  'barvee :angrtvb :lrtri :Wedge,bigwedge,xwedge :Vee,bigvee,xvee :Intersection,bigcap,xcap :Union,bigcup,xcup :D' +
  'iamond,diam,diamond :sdot :Star,sstarf :divideontimes,divonx :bowtie :ltimes :rtimes :leftthreetimes,lthree :r' +
  'ightthreetimes,rthree :backsimeq,bsime :curlyvee,cuvee :curlywedge,cuwed :Sub,Subset :Sup,Supset :Cap :Cup :fo' +
  'rk,pitchfork :epar :lessdot,ltdot :gtdot,gtrdot :Ll :Gg,ggg :LessEqualGreater,leg,lesseqgtr :GreaterEqualLess,' +
  'gel,gtreqless 3:cuepr,curlyeqprec :cuesc,curlyeqsucc :NotPrecedesSlantEqual,nprcue :NotSucceedsSlantEqual,nscc' +
  'ue :NotSquareSubsetEqual,nsqsube :NotSquareSupersetEqual,nsqsupe 3:lnsim :gnsim :precnsim,prnsim :scnsim,succn' +
  'sim :NotLeftTriangle,nltri,ntriangleleft :NotRightTriangle,nrtri,ntriangleright :NotLeftTriangleEqual,nltrie,n' +
  'trianglelefteq :NotRightTriangleEqual,nrtrie,ntrianglerighteq :vellip :ctdot :utdot :dtdot :disin :isinsv :isi' +
  'ns :isindot :notinvc :notinvb 2:isinE :nisd :xnis :nis :notnivc :notnivb 7:barwed,barwedge :Barwed,doublebarwe' +
  'dge 2:LeftCeiling,lceil :RightCeiling,rceil :LeftFloor,lfloor :RightFloor,rfloor :drcrop :dlcrop :urcrop :ulcr' +
  'op :bnot 2:profline :profsurf 2:telrec :target 6:ulcorn,ulcorner :urcorn,urcorner :dlcorn,llcorner :drcorn,lrc' +
  'orner 3:frown,sfrown :smile,ssmile a:cylcty :profalar 8:topbot 7:ovbar 2:solbar 1p:angzarr 1g:lmoust,lmoustach' +
  'e :rmoust,rmoustache 3:OverBracket,tbrk :UnderBracket,bbrk :bbrktbrk 12:OverParenthesis :UnderParenthesis :Ove' +
  'rBrace :UnderBrace 3:trpezium 5:elinters 1o:blank 4l:circledS,oS 1k:HorizontalLine,boxh 2:boxv a:boxdr 4:boxdl' +
  ' 4:boxur 4:boxul 4:boxvr 8:boxvl 8:boxhd 8:boxhu 8:boxvh k:boxH :boxV :boxdR :boxDr :boxDR :boxdL :boxDl :boxD' +
  'L :boxuR :boxUr :boxUR :boxuL :boxUl :boxUL :boxvR :boxVr :boxVR :boxvL :boxVl :boxVL :boxHd :boxhD :boxHD :bo' +
  'xHu :boxhU :boxHU :boxvH :boxVh :boxVH k:uhblk 4:lhblk 4:block 9:blk14 :blk12 :blk34 e:Square,squ,square 9:Fil' +
  'ledVerySmallSquare,blacksquare,squarf,squf :EmptyVerySmallSquare 2:rect :marker 3:fltns 2:bigtriangleup,xutri ' +
  ':blacktriangle,utrif :triangle,utri 3:blacktriangleright,rtrif :rtri,triangleright 4:bigtriangledown,xdtri :bl' +
  'acktriangledown,dtrif :dtri,triangledown 3:blacktriangleleft,ltrif :ltri,triangleleft 7:loz,lozenge :cir x:tri' +
  'dot 3:bigcirc,xcirc 9:ultri :urtri :lltri :EmptySmallSquare :FilledSmallSquare 9:bigstar,starf :star 8:phone 1' +
  'e:female 2:male u:spades,spadesuit 3:clubs,clubsuit 2:hearts,heartsuit :diamondsuit,diams 4:sung 3:flat :natur' +
  ',natural :sharp 4k:check,checkmark 4:cross 9:malt,maltese m:sext y:VerticalSeparator q:lbbrk :rbbrk 2d:bsolhsu' +
  'b :suphsol t:LeftDoubleBracket,lobrk :RightDoubleBracket,robrk :LeftAngleBracket,lang,langle :RightAngleBracke' +
  't,rang,rangle :Lang :Rang :loang :roang 8:LongLeftArrow,longleftarrow,xlarr :LongRightArrow,longrightarrow,xra' +
  'rr :LongLeftRightArrow,longleftrightarrow,xharr :DoubleLongLeftArrow,Longleftarrow,xlArr :DoubleLongRightArrow' +
  ',Longrightarrow,xrArr :DoubleLongLeftRightArrow,Longleftrightarrow,xhArr 2:longmapsto,xmap 3:dzigrarr 77:nvlAr' +
  'r :nvrArr :nvHarr :Map 7:lbarr :bkarow,rbarr :lBarr :dbkarow,rBarr :RBarr,drbkarow :DDotrahd :UpArrowBar :Down' +
  'ArrowBar 3:Rarrtl 3:latail :ratail :lAtail :rAtail :larrfs :rarrfs :larrbfs :rarrbfs 3:nwarhk :nearhk :hksearo' +
  'w,searhk :hkswarow,swarhk :nwnear :nesear,toea :seswar,tosa :swnwar 9:rarrc 2:cudarrr :ldca :rdca :cudarrl :la' +
  'rrpl 3:curarrm :cularrp 8:rarrpl 3:harrcir :Uarrocir :lurdshar :ldrushar 3:LeftRightVector :RightUpDownVector ' +
  ':DownLeftRightVector :LeftUpDownVector :LeftVectorBar :RightVectorBar :RightUpVectorBar :RightDownVectorBar :D' +
  'ownLeftVectorBar :DownRightVectorBar :LeftUpVectorBar :LeftDownVectorBar :LeftTeeVector :RightTeeVector :Right' +
  'UpTeeVector :RightDownTeeVector :DownLeftTeeVector :DownRightTeeVector :LeftUpTeeVector :LeftDownTeeVector :lH' +
  'ar :uHar :rHar :dHar :luruhar :ldrdhar :ruluhar :rdldhar :lharul :llhard :rharul :lrhard :UpEquilibrium,udhar ' +
  ':ReverseUpEquilibrium,duhar :RoundImplies :erarr :simrarr :larrsim :rarrsim :rarrap :ltlarr 2:gtrarr :subrarr ' +
  '2:suplarr :lfisht :rfisht :ufisht :dfisht 6:lopar :ropar 5:lbrke :rbrke :lbrkslu :rbrksld :lbrksld :rbrkslu :l' +
  'angd :rangd :lparlt :rpargt :gtlPar :ltrPar 4:vzigzag 2:vangrt :angrtvbd 7:ange :range :dwangle :uwangle :angm' +
  'sdaa :angmsdab :angmsdac :angmsdad :angmsdae :angmsdaf :angmsdag :angmsdah :bemptyv :demptyv :cemptyv :raempty' +
  'v :laemptyv :ohbar :omid :opar 2:operp 2:olcross :odsold 2:olcir :ofcir :olt :ogt :cirscir :cirE :solb :bsolb ' +
  '4:boxbox 4:trisb :rtriltri :LeftTriangleBar :RightTriangleBar c:iinfin :infintie :nvinfin 5:eparsl :smeparsl :' +
  'eqvparsl 6:blacklozenge,lozf 9:RuleDelayed 2:dsol a:bigodot,xodot :bigoplus,xoplus :bigotimes,xotime 2:biguplu' +
  's,xuplus 2:bigsqcup,xsqcup 6:iiiint,qint :fpartint 3:cirfnint :awint :rppolint :scpolint :npolint :pointint :q' +
  'uatint :intlarhk b:pluscir :plusacir :simplus :plusdu :plussim :plustwo 2:mcomma :minusdu 3:loplus :roplus :Cr' +
  'oss :timesd :timesbar 2:smashp :lotimes :rotimes :otimesas :Otimes :odiv :triplus :triminus :tritime :intprod,' +
  'iprod 3:amalg :capdot 2:ncup :ncap :capand :cupor :cupcap :capcup :cupbrcap :capbrcup :cupcup :capcap :ccups :' +
  'ccaps 3:ccupssm 3:And :Or :andand :oror :orslope :andslope 2:andv :orv :andd :ord 2:wedbar 7:sdote 4:simdot 3:' +
  'congdot :easter :apacir :apE :eplus :pluse :Esim :Colone :Equal 2:ddotseq,eDDot :equivDD :ltcir :gtcir :ltques' +
  't :gtquest :LessSlantEqual,leqslant,les :GreaterSlantEqual,geqslant,ges :lesdot :gesdot :lesdoto :gesdoto :les' +
  'dotor :gesdotol :lap,lessapprox :gap,gtrapprox :lne,lneq :gne,gneq :lnap,lnapprox :gnap,gnapprox :lEg,lesseqqg' +
  'tr :gEl,gtreqqless :lsime :gsime :lsimg :gsiml :lgE :glE :lesges :gesles :els,eqslantless :egs,eqslantgtr :els' +
  'dot :egsdot :el :eg 3:siml :simg :simlE :simgE :LessLess :GreaterGreater 2:glj :gla :ltcc :gtcc :lescc :gescc ' +
  ':smt :lat :smte :late :bumpE :PrecedesEqual,pre,preceq :SucceedsEqual,sce,succeq 3:prE :scE :precneqq,prnE :sc' +
  'nE,succneqq :prap,precapprox :scap,succapprox :precnapprox,prnap :scnap,succnapprox :Pr :Sc :subdot :supdot :s' +
  'ubplus :supplus :submult :supmult :subedot :supedot :subE,subseteqq :supE,supseteqq :subsim :supsim 3:subnE,su' +
  'bsetneqq :supnE,supsetneqq 3:csub :csup :csube :csupe :subsup :supsub :subsub :supsup :suphsub :supdsub :forkv' +
  ' :topfork :mlcp 9:Dashv,DoubleLeftTee 2:Vdashl :Barv :vBar :vBarv 2:Vbar :Not :bNot :rnmid :cirmid :midcir :to' +
  'pcir :nhpar :parsim a:parsl 1537:fflig :filig :fllig :ffilig :ffllig 16zc:Ascr 2:Cscr :Dscr 3:Gscr 3:Jscr :Ksc' +
  'r 3:Nscr :Oscr :Pscr :Qscr 2:Sscr :Tscr :Uscr :Vscr :Wscr :Xscr :Yscr :Zscr :ascr :bscr :cscr :dscr 2:fscr 2:h' +
  'scr :iscr :jscr :kscr :lscr :mscr :nscr 2:pscr :qscr :rscr :sscr :tscr :uscr :vscr :wscr :xscr :yscr :zscr 1h:' +
  'Afr :Bfr 2:Dfr :Efr :Ffr :Gfr 3:Jfr :Kfr :Lfr :Mfr :Nfr :Ofr :Pfr :Qfr 2:Sfr :Tfr :Ufr :Vfr :Wfr :Xfr :Yfr 2:a' +
  'fr :bfr :cfr :dfr :efr :ffr :gfr :hfr :ifr :jfr :kfr :lfr :mfr :nfr :ofr :pfr :qfr :rfr :sfr :tfr :ufr :vfr :w' +
  'fr :xfr :yfr :zfr :Aopf :Bopf 2:Dopf :Eopf :Fopf :Gopf 2:Iopf :Jopf :Kopf :Lopf :Mopf 2:Oopf 4:Sopf :Topf :Uop' +
  'f :Vopf :Wopf :Xopf :Yopf 2:aopf :bopf :copf :dopf :eopf :fopf :gopf :hopf :iopf :jopf :kopf :lopf :mopf :nopf' +
  ' :oopf :popf :qopf :ropf :sopf :topf :uopf :vopf :wopf :xopf :yopf :zopf =1o.6he:nvlt =1p.6hx:bne =1q.6he:nvgt' +
  ' =2u.2y:fjlig =6e7.6bu:ThickSpace =6n1.mw:nrarrw =6pu.mw:npart =6qo.6he:nang =6qx.1e68:caps =6qy.1e68:cups =6r' +
  'g.6he:nvsim =6rh.mp:race =6ri.mr:acE =6rm.mw:NotEqualTilde,nesim =6rv.mw:napid =6rx.6he:nvap =6ry.mw:NotHumpDo' +
  'wnHump,nbump =6rz.mw:NotHumpEqual,nbumpe =6s0.mw:nedot =6sh.6hx:bnequiv =6sk.6he:nvle =6sl.6he:nvge =6sm.mw:nl' +
  'E,nleqq =6sn.mw:NotGreaterFullEqual,ngE,ngeqq =6so.1e68:lvertneqq,lvnE =6sp.1e68:gvertneqq,gvnE =6sq.mw:NotLes' +
  'sLess,nLtv =6sq.6he:nLt =6sr.mw:NotGreaterGreater,nGtv =6sr.6he:nGt =6tb.mw:NotSucceedsTilde =6te.6he:NotSubse' +
  't,nsubset,vnsub =6tf.6he:NotSuperset,nsupset,vnsup =6tm.1e68:varsubsetneq,vsubne =6tn.1e68:varsupsetneq,vsupne' +
  ' =6tr.mw:NotSquareSubset =6ts.mw:NotSquareSuperset =6tv.1e68:sqcaps =6tw.1e68:sqcups =6us.6he:nvltrie =6ut.6he' +
  ':nvrtrie =6vs.mw:nLl =6vt.mw:nGg =6vu.1e68:lesg =6vv.1e68:gesl =6wl.mw:notindot =6wp.mw:notinE =84z.mw:nrarrc ' +
  '=89b.mw:NotLeftTriangleBar =89c.mw:NotRightTriangleBar =8dp.mw:ncongdot =8ds.mw:napE =8e5.mw:NotLessSlantEqual' +
  ',nleqslant,nles =8e6.mw:NotGreaterSlantEqual,ngeqslant,nges =8f5.mw:NotNestedLessLess =8f6.mw:NotNestedGreater' +
  'Greater =8fg.1e68:smtes =8fh.1e68:lates =8fj.mw:NotPrecedesEqual,npre,npreceq =8fk.mw:NotSucceedsEqual,nsce,ns' +
  'ucceq =8g5.mw:nsubE,nsubseteqq =8g6.mw:nsupE,nsupseteqq =8gb.1e68:varsubsetneqq,vsubnE =8gc.1e68:varsupsetneqq' +
  ',vsupnE =8hp.6hx:nparsl';
export const LEGACY =
  'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml';
