/**
 * Every text the studio shows, in Chinese (the default: the users are Chinese-speaking) and English.
 * Pages add their keys here; a key missing in one language fails the type check.
 */
export const zh = {
  'app.title': '工作流工作室',
  'nav.designer': '流程设计',
  'nav.instances': '流程实例',
  'nav.tasks': '待办任务',
  'nav.dashboard': '数据看板',
  'nav.graphiql': 'GraphiQL 调试',
  'lang.switch': 'English',
  'auth.title': '登录',
  'auth.userName': '用户名',
  'auth.password': '密码',
  'auth.totp': '动态验证码（如已开启）',
  'auth.submit': '登录',
  'auth.logout': '退出登录',
  'auth.failed': '登录失败',
  'common.loading': '加载中…',
  'common.error': '出错了',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.search': '查询',
  'common.none': '暂无数据',
} as const;

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = {
  'app.title': 'Workflow Studio',
  'nav.designer': 'Designer',
  'nav.instances': 'Instances',
  'nav.tasks': 'Tasks',
  'nav.dashboard': 'Dashboard',
  'nav.graphiql': 'GraphiQL',
  'lang.switch': '中文',
  'auth.title': 'Sign in',
  'auth.userName': 'User name',
  'auth.password': 'Password',
  'auth.totp': 'One-time code (if enabled)',
  'auth.submit': 'Sign in',
  'auth.logout': 'Sign out',
  'auth.failed': 'Sign-in failed',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.search': 'Search',
  'common.none': 'Nothing here yet',
};

export const messages = { zh, en } as const;
export type Language = keyof typeof messages;
