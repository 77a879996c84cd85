/**
 * Word lists for the synthetic corpus (src/cli/corpus.ts): conferences, topics, services, people
 * and the sentences reviewers write. Kept apart from the generator so the generator reads as the
 * shape of a post, not as a dictionary.
 */

export type Domain = 'backend' | 'infra' | 'data' | 'ai' | 'mobile' | 'frontend';

export interface Topic {
  /** Spellings a talk title may use; the first is the usual one. */
  names: readonly string[];
  /** Tag ids a reader would file the talk under. */
  tags: readonly string[];
  domain: Domain;
  since?: number;
  until?: number;
  /** Facts a reviewer might note about a talk on this topic. */
  details?: readonly string[];
  code?: CodeKind;
}

export type CodeKind = 'yaml' | 'java' | 'kotlin' | 'sql' | 'bash' | 'ts' | 'properties' | 'python';

export const TOPICS: readonly Topic[] = [
  {
    names: ['Kafka', '카프카'],
    tags: ['kafka'],
    domain: 'backend',
    code: 'properties',
    details: [
      '파티션 수는 컨슈머 수에 맞춰서 조정',
      'KRaft 모드로 전환하면서 주키퍼 의존성을 제거',
      'acks=all, min.insync.replicas=2 로 메시지 유실 방지',
      '컨슈머 lag 모니터링을 Burrow 로 구성',
      '토픽 네이밍 규칙과 보존 기간 정책을 정리',
      '파티션 간 순서는 보장되지 않으므로 키 설계가 중요',
    ],
  },
  {
    names: ['Kafka Streams'],
    tags: ['kafka', 'streaming'],
    domain: 'data',
    since: 2019,
    code: 'java',
    details: ['exactly-once 처리를 위해 processing.guarantee 설정', 'state store 를 RocksDB 로 운영', '리파티셔닝 토픽이 생각보다 많이 생김'],
  },
  {
    names: ['Kubernetes', '쿠버네티스', 'k8s'],
    tags: ['kubernetes'],
    domain: 'infra',
    code: 'yaml',
    details: [
      'HPA 로 트래픽에 따라 파드 수를 자동 조절',
      '노드 풀을 워크로드 성격에 따라 분리',
      '클러스터 업그레이드는 블루/그린 방식으로 진행',
      'CNI 는 Cilium 으로 교체',
      'Ingress 와 LoadBalancer 조합으로 트래픽 처리',
    ],
  },
  {
    names: ['Redis', '레디스'],
    tags: ['redis'],
    domain: 'backend',
    code: 'java',
    details: ['Redis Cluster 로 샤딩', '핫키 문제를 로컬 캐시로 완화', 'TTL 을 랜덤하게 분산해서 동시 만료 방지', 'Lua 스크립트로 원자적 처리'],
  },
  {
    names: ['MySQL 샤딩', 'MySQL DB 샤딩', 'DB 샤딩'],
    tags: ['mysql', 'sharding'],
    domain: 'backend',
    code: 'sql',
    details: [
      '샤드 키는 사용자 ID 기반으로 선택',
      '샤드 라우팅은 애플리케이션 레벨에서 처리',
      '리샤딩 시 더블 라이트로 무중단 이관',
      '크로스 샤드 조인은 포기하고 조회용 테이블 별도 구성',
    ],
  },
  {
    names: ['Elasticsearch', '엘라스틱서치', 'ES'],
    tags: ['elasticsearch', 'search'],
    domain: 'data',
    code: 'yaml',
    details: ['샤드 플랜은 인덱스 크기 30~50GB 기준', 'Deep Aggregation 에서 Full GC 발생', '마스터 노드는 3대로 분리', '색인과 검색 클러스터를 분리'],
  },
  {
    names: ['LLM', '대규모 언어 모델', '생성형 AI'],
    tags: ['llm', 'ai'],
    domain: 'ai',
    since: 2023,
    code: 'python',
    details: ['프롬프트 버전 관리를 별도 저장소로', '응답 평가는 사람 평가와 자동 평가를 병행', '가드레일로 프롬프트 인젝션 방지', 'GPU 비용이 가장 큰 고민'],
  },
  {
    names: ['RAG', '검색 증강 생성'],
    tags: ['llm', 'rag'],
    domain: 'ai',
    since: 2024,
    code: 'python',
    details: ['청크 크기는 512 토큰 전후가 가장 좋았음', '하이브리드 검색(BM25 + 임베딩)으로 재현율 개선', '출처 표기를 답변에 함께 제공'],
  },
  {
    names: ['MSA', '마이크로서비스'],
    tags: ['msa'],
    domain: 'backend',
    details: ['도메인 단위로 서비스 분리', '서비스 간 통신은 이벤트 기반으로', '분산 트랜잭션은 사가 패턴으로 처리', 'API 게이트웨이에서 인증 처리'],
  },
  {
    names: ['gRPC'],
    tags: ['grpc'],
    domain: 'backend',
    code: 'kotlin',
    details: ['proto 파일은 별도 저장소에서 관리', '스트리밍 RPC 로 실시간 위치 전송', 'deadline 전파가 중요'],
  },
  {
    names: ['Airflow'],
    tags: ['airflow', 'data-pipeline'],
    domain: 'data',
    code: 'python',
    details: ['DAG 는 코드 리뷰를 거쳐 배포', 'KubernetesPodOperator 로 작업 격리', '백필이 쉬워짐'],
  },
  {
    names: ['캐시', '캐싱 전략', '로컬 캐시'],
    tags: ['cache'],
    domain: 'backend',
    code: 'java',
    details: ['캐시 스탬피드를 막기 위해 확률적 조기 만료 적용', '로컬 캐시와 글로벌 캐시 2단 구성', '캐시 무효화는 이벤트로 전파'],
  },
  {
    names: ['분산락', '분산 락'],
    tags: ['distributed-lock'],
    domain: 'backend',
    code: 'kotlin',
    details: ['Redisson 기반 분산락', '락 획득 실패 시 재시도 정책', '락 범위를 최소화하는 것이 핵심', 'MySQL 네임드 락과 비교'],
  },
  { names: ['Spark'], tags: ['spark'], domain: 'data', code: 'python' },
  { names: ['Flink'], tags: ['flink', 'streaming'], domain: 'data', since: 2019, code: 'java' },
  { names: ['MongoDB', '몽고DB'], tags: ['mongodb'], domain: 'backend' },
  { names: ['HBase'], tags: ['hbase'], domain: 'data', until: 2022 },
  { names: ['Druid'], tags: ['druid'], domain: 'data' },
  { names: ['ClickHouse'], tags: ['clickhouse'], domain: 'data', since: 2021, code: 'sql' },
  { names: ['Trino'], tags: ['trino'], domain: 'data', since: 2021, code: 'sql' },
  { names: ['Istio', '서비스 메시'], tags: ['istio', 'service-mesh'], domain: 'infra', since: 2019, code: 'yaml' },
  { names: ['ArgoCD', 'GitOps'], tags: ['gitops'], domain: 'infra', since: 2020, code: 'yaml' },
  { names: ['Terraform'], tags: ['terraform'], domain: 'infra', code: 'bash' },
  {
    names: ['Prometheus', '모니터링'],
    tags: ['monitoring'],
    domain: 'infra',
    code: 'yaml',
    details: ['메트릭 카디널리티 관리가 중요', 'Thanos 로 장기 보관', '알람 피로도를 줄이기 위해 SLO 기반 알람'],
  },
  { names: ['OpenTelemetry', '분산 추적'], tags: ['observability'], domain: 'infra', since: 2021 },
  { names: ['Spring Boot', '스프링'], tags: ['spring'], domain: 'backend', code: 'kotlin' },
  { names: ['Kotlin', '코루틴'], tags: ['kotlin'], domain: 'backend', code: 'kotlin' },
  { names: ['WebFlux', '리액티브 프로그래밍'], tags: ['reactive'], domain: 'backend', code: 'java' },
  { names: ['JVM GC', 'GC 튜닝'], tags: ['jvm'], domain: 'backend', code: 'bash' },
  {
    names: ['SRE', '장애 대응'],
    tags: ['sre'],
    domain: 'infra',
    details: ['장애 회고는 비난 없는 포스트모템으로', '온콜 로테이션 자동화', '장애 등급별 대응 절차 정리'],
  },
  { names: ['A/B 테스트', '실험 플랫폼'], tags: ['experimentation'], domain: 'data' },
  { names: ['추천 시스템'], tags: ['recommendation', 'ml'], domain: 'ai', code: 'python' },
  { names: ['검색 랭킹', '검색 엔진'], tags: ['search'], domain: 'data' },
  { names: ['OCR'], tags: ['ocr', 'ml'], domain: 'ai' },
  { names: ['FDS', '이상거래 탐지'], tags: ['fds', 'ml'], domain: 'ai' },
  { names: ['MLOps'], tags: ['mlops', 'ml'], domain: 'ai', since: 2020, code: 'yaml' },
  { names: ['벡터 DB', 'Vector Search'], tags: ['vector-db', 'llm'], domain: 'ai', since: 2023 },
  { names: ['GPU 클러스터'], tags: ['gpu', 'ai'], domain: 'infra', since: 2023 },
  { names: ['Android', 'Jetpack Compose'], tags: ['android'], domain: 'mobile', code: 'kotlin' },
  { names: ['iOS', 'SwiftUI'], tags: ['ios'], domain: 'mobile' },
  { names: ['Flutter'], tags: ['flutter'], domain: 'mobile', since: 2019 },
  { names: ['React', '리액트'], tags: ['react'], domain: 'frontend', code: 'ts' },
  { names: ['TypeScript', '타입스크립트'], tags: ['typescript'], domain: 'frontend', code: 'ts' },
  { names: ['Next.js', 'SSR'], tags: ['nextjs', 'ssr'], domain: 'frontend', since: 2020, code: 'ts' },
  { names: ['디자인 시스템'], tags: ['design-system'], domain: 'frontend' },
  { names: ['웹 접근성'], tags: ['accessibility'], domain: 'frontend' },
  { names: ['모노레포'], tags: ['monorepo'], domain: 'frontend', since: 2020, code: 'bash' },
  { names: ['Vite', '번들러', 'webpack'], tags: ['bundler'], domain: 'frontend', code: 'ts' },
  { names: ['상태 관리', 'React Query'], tags: ['state-management'], domain: 'frontend', code: 'ts' },
  { names: ['WebAssembly'], tags: ['webassembly'], domain: 'frontend', since: 2019 },
  { names: ['GraphQL'], tags: ['graphql'], domain: 'backend', code: 'ts' },
  { names: ['블록체인', '클레이튼'], tags: ['blockchain'], domain: 'backend', until: 2019 },
  { names: ['OpenStack'], tags: ['openstack'], domain: 'infra', until: 2020 },
  { names: ['Hadoop', 'HDFS'], tags: ['hadoop'], domain: 'data', until: 2021 },
];

export interface Service {
  name: string;
  company: string;
}

export const KAKAO_SERVICES: readonly Service[] = [
  { name: '선물하기', company: '카카오' },
  { name: '카카오톡', company: '카카오' },
  { name: '톡채널', company: '카카오' },
  { name: '알림톡', company: '카카오' },
  { name: '카카오맵', company: '카카오' },
  { name: '다음 뉴스', company: '카카오' },
  { name: '광고 플랫폼', company: '카카오' },
  { name: '카카오 빌링', company: '카카오' },
  { name: '이모티콘 스토어', company: '카카오' },
  { name: '멜론', company: '카카오엔터테인먼트' },
  { name: '카카오페이지', company: '카카오엔터테인먼트' },
  { name: '카카오웹툰', company: '카카오엔터테인먼트' },
  { name: '카카오뱅크', company: '카카오뱅크' },
  { name: '카카오페이', company: '카카오페이' },
  { name: '카카오페이 송금', company: '카카오페이' },
  { name: '카카오페이증권', company: '카카오페이증권' },
  { name: '카카오T', company: '카카오모빌리티' },
  { name: '카카오내비', company: '카카오모빌리티' },
  { name: '카카오 클라우드', company: '카카오엔터프라이즈' },
  { name: '카카오워크', company: '카카오엔터프라이즈' },
  { name: '카카오게임즈', company: '카카오게임즈' },
  { name: '지그재그', company: '카카오스타일' },
  { name: '카카오헬스케어', company: '카카오헬스케어' },
  { name: '카카오쇼핑', company: '카카오커머스' },
];

export const DEVIEW_SERVICES: readonly Service[] = [
  { name: '네이버 검색', company: '네이버' },
  { name: '네이버 쇼핑', company: '네이버' },
  { name: '클로바', company: '네이버' },
  { name: '파파고', company: '네이버' },
  { name: '네이버 지도', company: '네이버' },
  { name: '네이버 클라우드', company: '네이버클라우드' },
  { name: '라인 메신저', company: '라인' },
  { name: '네이버웹툰', company: '네이버웹툰' },
  { name: '스노우', company: '스노우' },
];

export const FECONF_SERVICES: readonly Service[] = [
  { name: '토스', company: '토스' },
  { name: '당근마켓', company: '당근' },
  { name: '배달의민족', company: '우아한형제들' },
  { name: '쿠팡', company: '쿠팡' },
  { name: '네이버 쇼핑', company: '네이버' },
  { name: '카카오페이', company: '카카오페이' },
  { name: '라인', company: '라인' },
  { name: '오늘의집', company: '버킷플레이스' },
  { name: '야놀자', company: '야놀자' },
];

/** Ways reviewers misspell or space a company, as real posts do ("카카포페이", "카카오 커머스"). */
export const COMPANY_SLIPS: Readonly<Record<string, string>> = {
  카카오페이: '카카포페이',
  카카오커머스: '카카오 커머스',
  카카오엔터테인먼트: '카카오엔터테이먼트',
  카카오모빌리티: '카카오 모빌리티',
};

export const SURNAMES: readonly (readonly [string, string])[] = [
  ['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'],
  ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['임', 'lim'], ['한', 'han'], ['오', 'oh'],
  ['서', 'seo'], ['신', 'shin'], ['권', 'kwon'], ['황', 'hwang'], ['안', 'ahn'], ['송', 'song'],
  ['류', 'ryu'], ['고', 'ko'], ['전', 'jeon'], ['홍', 'hong'], ['문', 'moon'], ['양', 'yang'],
  ['손', 'son'], ['배', 'bae'], ['백', 'baek'], ['허', 'heo'], ['유', 'yoo'], ['남', 'nam'],
  ['심', 'shim'], ['노', 'noh'], ['하', 'ha'], ['곽', 'kwak'], ['성', 'sung'], ['차', 'cha'],
  ['주', 'joo'], ['우', 'woo'], ['구', 'koo'], ['민', 'min'], ['진', 'jin'], ['여', 'yeo'],
];

export const GIVEN_FIRST = '민서지현준승희동세성영재수은예정태윤도하유우시경상진혜소다가나주기창'.split('');
export const GIVEN_SECOND = '준호우민현빈연희훈범관원열석진은아영수혁철규용섭린정윤경국형'.split('');

export const ENGLISH_NAMES: readonly string[] = [
  'peter', 'mario', 'robin', 'jaden', 'hardy', 'sally', 'dwayne', 'brandon', 'kevin', 'ryan',
  'chloe', 'ellie', 'ian', 'jay', 'luke', 'max', 'noah', 'owen', 'paul', 'sean', 'tony', 'vince',
  'wade', 'zoe', 'aiden', 'bella', 'cole', 'dana', 'eric', 'finn', 'grace', 'henry', 'irene',
  'jack', 'kate', 'leo', 'mia', 'nina', 'oscar', 'rex', 'tina', 'yuri', 'ben', 'clara', 'dean',
];

export const REVIEWER_HANDLES: readonly string[] = [
  'haril', 'jwlee', 'dev.kim', 'minsu', 'yoonji', 'hyuk', 'seoyeon-dev', 'taehoon', 'ohmycode',
  'backend-bear', 'jiwoo.park', 'cloudwalker', 'sunny', 'kafka-lover', 'dohyun', 'frontend.eun',
];

export const GENERIC_DETAILS: readonly string[] = [
  '{S}에서는 하루 {N}억 건 이상의 요청을 처리',
  '기존에는 {T2}를 사용했지만 운영 비용이 너무 컸음',
  '{T} 도입 후 배포 주기가 주 1회에서 하루 {n}회로 단축',
  'p99 latency {a}ms → {b}ms 로 개선',
  '장애 시 자동으로 failover 되도록 구성',
  '{T} 클러스터를 {n}대에서 {m}대로 확장',
  '모니터링은 Prometheus + Grafana 조합',
  '배포는 ArgoCD 기반 GitOps 로 전환',
  '핵심은 결국 {T}를 얼마나 단순하게 운영하느냐',
  '트래픽이 몰리는 이벤트 시간대에 초당 {n}만 TPS',
  '데이터 정합성을 위해 배치로 한 번 더 검증',
  '레거시 코드를 한 번에 바꾸지 않고 점진적으로 전환',
  '운영 중인 서비스라 무중단 전환이 가장 큰 과제',
  '테스트 커버리지를 {n}%까지 끌어올림',
  '비용은 약 {n}% 절감',
  '결국 사람이 보는 대시보드가 있어야 장애를 빨리 찾는다',
  '{T2}와 {T}를 함께 쓰는 구조',
  '처음에는 {T2}로 시작했다가 한계에 부딪힘',
  '로그는 전부 {T2} 로 수집',
  '팀 내에서 코드 리뷰 문화를 먼저 정착시킴',
  'PoC 단계에서 {n}주 동안 검증',
  '장애 전파를 막기 위해 서킷 브레이커 적용',
  '재시도는 지수 백오프로',
  '멱등성을 보장하기 위해 요청마다 고유 키 부여',
];

export const DETAIL_CHILDREN: readonly string[] = [
  '이 부분은 실제 장애를 겪고 나서 바꿨다고 함',
  '수치는 발표 자료 기준',
  '왜? → 운영 인력이 부족해서',
  '생각보다 설정이 복잡함',
  '정확한 수치는 공개하지 않음',
  '{T} 공식 문서에도 나오는 내용',
  '팀 내부 도구로 자동화',
  '비슷한 사례가 우리 팀에도 있음',
  '오픈소스로 공개할 예정이라고',
  '테스트 환경에서 먼저 검증',
  'QnA 에서 나온 이야기',
  '대안으로 {T2}도 검토했지만 탈락',
];

export const SUBHEADINGS: readonly string[] = [
  '배경', '문제 상황', '해결 방법', '아키텍처', '성과', 'Q&A', '히스토리', '운영 방법론', '도입 과정',
  '개선 결과', '앞으로의 계획', '시연', '기존 구조의 한계', '왜 {T} 인가', '{T} 구조', '트러블슈팅',
];

export const PROSE_SENTENCES: readonly string[] = [
  '이 세션은 {T}에 관심이 많아서 들었다.',
  '발표자분께서 실제로 운영하면서 겪었던 장애 사례를 중심으로 설명해주셨다.',
  '개인적으로 가장 인상 깊었던 부분은 {T2}와 연동하는 부분이었다.',
  '회사에서도 비슷한 고민을 하고 있어서 많은 도움이 되었다.',
  '{S}처럼 트래픽이 많은 서비스에서 어떻게 {T}를 운영하는지 궁금했는데 궁금증이 많이 풀렸다.',
  '발표 자료가 깔끔해서 이해하기 쉬웠다.',
  '다만 시간 관계상 깊은 내용까지는 다루지 못해서 아쉬웠다.',
  '영상이 공개되면 다시 한 번 봐야겠다.',
  '처음에는 {T}가 왜 필요한지 잘 와닿지 않았는데, 실제 수치를 보니 납득이 되었다.',
  '질의응답 시간에 나온 질문들도 꽤 날카로웠다.',
  '결국 기술 선택은 팀의 상황에 따라 달라진다는 이야기가 기억에 남는다.',
  '{T2}를 쓰고 있는 입장에서 비교해 보며 들을 수 있어서 좋았다.',
  '생각보다 사람이 많아서 서서 들어야 했다.',
  '슬라이드 한 장 한 장에 고민의 흔적이 보였다.',
  '나중에 팀원들에게도 공유해야겠다.',
  '잘 모르는 분야였지만 설명이 친절해서 따라갈 수 있었다.',
  '발표 중간에 데모가 있었는데 실제로 동작하는 모습을 보니 신기했다.',
  '{N}년 넘게 운영해 온 시스템을 바꾸는 일이라 쉽지 않았을 것 같다.',
];

export const VERDICTS: readonly string[] = [
  '이미 잘 알려진 해결법이라 크게 신선하지는 않았음',
  '스토리텔링이 좋아서 몰입해서 들었다',
  '성능 테스트 진행 및 결과가 인상적',
  '사이드 프로젝트에 {T}를 적용해봐야겠다',
  '우리 팀에 바로 적용할 수 있는 내용이 많았다',
  '기대했던 것보다 내용이 가벼웠다',
  '질문을 더 하고 싶었는데 시간이 부족했다',
];

export const INTRO_PARAGRAPHS: readonly string[] = [
  '{E}에 다녀왔다. 운 좋게 참가 신청에 당첨되어서 현장에서 들을 수 있었다.',
  '올해도 어김없이 {E}가 열렸다. 작년보다 세션 수가 많아져서 어떤 세션을 들을지 고르는 것부터 쉽지 않았다.',
  '회사에서 지원을 받아 {E}에 참석했다. 들었던 세션들을 잊기 전에 간단히 정리해두려 한다.',
  '{E} 후기. 들으면서 필기한 내용을 바탕으로 정리했기 때문에 부정확한 내용이 있을 수 있다.',
  '온라인으로 진행된 {E} 세션 중 관심 있는 세션들을 골라서 들었다.',
  '전반적인 소감은 뒤에 적고, 참석했던 세션 별로 정리한 내용을 먼저 공유한다.',
];

export const VENUE_LINES: readonly string[] = [
  '장소는 {V}였다.',
  '로비에는 사람이 정말 많았다. 조그마한 부스에서는 채용 상담이 진행되고 있었다.',
  '굿즈로 에코백과 스티커, 티셔츠를 받았다.',
  '점심은 도시락이 제공되었다.',
  '세션 사이 쉬는 시간이 짧아서 이동하기 바빴다.',
];

export const CLOSING_LINES: readonly string[] = [
  '발표 준비하시느라 고생하신 모든 분들께 감사드린다.',
  '내년에도 꼭 참석하고 싶다.',
  '들은 내용 중 일부는 팀에 바로 적용해볼 생각이다.',
  '영상이 공개되면 못 들은 세션들도 챙겨 봐야겠다.',
  '전체적으로 만족스러운 컨퍼런스였다.',
  '다른 회사들의 고민을 엿볼 수 있어서 좋은 자극이 되었다.',
];

export const INTRO_HEADINGS: readonly string[] = ['Overview', '들어가며', '컨퍼런스 입장', '장소', '로비', '부스', '시작하며', '참석 계기'];
export const CLOSING_HEADINGS: readonly string[] = ['마무리', '정리', '느낀점', 'Conclusion', '총평', '후기', '마치며'];

export const TITLE_GOALS: readonly string[] = [
  '초당 수십만 건의 이벤트 처리하기',
  '무중단 마이그레이션 하기',
  '장애 없는 서비스 만들기',
  '비용 절반으로 줄이기',
  '수만 건의 주문을 1초 내에 처리하기',
  '배포 시간 10분에서 1분으로 줄이기',
  '데이터 파이프라인 재구축하기',
];

export const TITLE_HOOKS: readonly string[] = [
  '대용량 트래픽 아니면 안보셔도 됩니다!',
  '정말 빨라졌을까?',
  '우리는 왜 다시 돌아왔나',
  '삽질의 기록',
  '처음부터 다시 만든다면',
  '은행 점검 시간 끝나면 송금해 드릴게요!',
  '장애가 가까워지고 있다',
  '레거시와의 이별',
];

export const TITLE_ACTIONS: readonly string[] = ['도입기', '적용', '전환기', '개선 여정', '구축 여정기', '운영 사례', '운영 노하우', '개발기', '활용기'];

export const TITLE_SYSTEMS: readonly string[] = [
  '실시간 알림 서비스', '정산 시스템', '검색 플랫폼', '로그 파이프라인', '결제 시스템', '추천 서비스',
  '메시지 플랫폼', '데이터 플랫폼', '인증 서버', '광고 서빙 시스템', '모니터링 시스템', '배포 파이프라인',
];

export const ENGLISH_TITLE_TEMPLATES: readonly string[] = [
  'Practical {T} in {L}',
  'Scaling {T} at {S}',
  '{T} in Production: Lessons Learned',
  'Building a Reliable {Sys} with {T}',
];

export const LANGUAGES: readonly string[] = ['Go', 'Kotlin', 'Java', 'Python', 'Rust', 'TypeScript'];

export const PANEL_THEMES: readonly string[] = ['AI Finance Tech', 'AI Life Tech', 'Platform Engineering', 'Developer Experience', 'Data & AI'];

export const IMAGE_HOSTS: readonly string[] = ['https://i.imgur.com/', '../images/docs/', '/assets/img/ifkakao/'];
