#include "core/errorcatalog.h"

namespace pn {

const QList<ErrorCatalog::Entry> &ErrorCatalog::entries()
{
    using R = Retry;
    static const QList<Entry> list = {
        {0, "成功", QT_TR_NOOP("success"), R::Final},
        {1000, "访问服务异常", QT_TR_NOOP("service access error"), R::Final},
        {1001, "URL 映射不匹配", QT_TR_NOOP("URL mapping mismatch"), R::Final},
        {1002, "访问参数错误", QT_TR_NOOP("invalid parameters"), R::Final},
        {1003, "验证码不正确", QT_TR_NOOP("wrong verification code"), R::Final},
        {1004, "重复提交", QT_TR_NOOP("duplicate submission"), R::Final},
        {1100, "账号不存在", QT_TR_NOOP("account does not exist"), R::Final},
        {1101, "账号认证失败", QT_TR_NOOP("account authentication failed"), R::Final},
        {1102, "账号已停用", QT_TR_NOOP("account disabled"), R::Final},
        {1103, "账号权限未开通", QT_TR_NOOP("account permission not enabled"), R::Final},
        {1104, "ACL 限制", QT_TR_NOOP("ACL restriction"), R::Final},
        {1105, "Rate 限制、流控", QT_TR_NOOP("rate limited (flow control)"), R::Retryable},
        {1110, "账号余额不足", QT_TR_NOOP("insufficient balance"), R::Final},
        {1200, "任务不存在", QT_TR_NOOP("task does not exist"), R::Final},
        {1201, "任务冲突或重复", QT_TR_NOOP("task conflict or duplicate"), R::Final},
        {1300, "资源不存在", QT_TR_NOOP("resource does not exist"), R::Final},
        {1301, "资源不足", QT_TR_NOOP("insufficient resources"), R::Final},
        {1302, "资源配置冲突", QT_TR_NOOP("resource configuration conflict"), R::Final},
        {1400, "任务发起失败", QT_TR_NOOP("task start failed"), R::Final},
        {1401, "任务发起超时", QT_TR_NOOP("task start timed out"), R::Retryable},
        {1500, "系统临时故障", QT_TR_NOOP("temporary system failure"), R::Retryable},
        {1501, "系统维护", QT_TR_NOOP("system maintenance"), R::Final},
        {1502, "系统操作失败", QT_TR_NOOP("system operation failed"), R::Final},
    };
    return list;
}

const ErrorCatalog::Entry *ErrorCatalog::find(int code)
{
    for (const Entry &e : entries()) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

QString ErrorCatalog::text(int code)
{
    if (const Entry *e = find(code))
        return tr(e->text);
    return tr("unknown platform error %1").arg(code);
}

QString ErrorCatalog::describe(int code)
{
    return QStringLiteral("%1 · %2").arg(code).arg(text(code));
}

bool ErrorCatalog::isRetryable(int code)
{
    const Entry *e = find(code);
    return e && e->retry == Retry::Retryable;
}

} // namespace pn
