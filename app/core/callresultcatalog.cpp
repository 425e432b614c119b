#include "core/callresultcatalog.h"

namespace pn {

const QList<CallResultCatalog::Entry> &CallResultCatalog::entries()
{
    using O = Outcome;
    // clang-format off
    static const QList<Entry> list = {
        {"answered", "呼叫成功", QT_TR_NOOP("answered"), QT_TR_NOOP("The call was connected."), O::Answered},
        {"1", "未分配的号码 (被叫手机号码为空号)", QT_TR_NOOP("unallocated number (the callee number does not exist)"), QT_TR_NOOP("The number dialled does not exist; check the number with the customer."), O::NumberProblem},
        {"2", "无路由到指定的转接网", QT_TR_NOOP("no route to the specified transit network"), QT_TR_NOOP("The carrier could not route the call; please try again later."), O::Network},
        {"3", "无路由到目的地", QT_TR_NOOP("no route to destination"), QT_TR_NOOP("The destination cannot be reached from this network; please try again later."), O::Network},
        {"4", "发送专用信息音", QT_TR_NOOP("special information tone sent"), QT_TR_NOOP("The network played an information tone; the number may be restricted."), O::NumberProblem},
        {"16", "正常的呼叫拆线", QT_TR_NOOP("normal call clearing"), QT_TR_NOOP("The call ended normally before it was answered."), O::CalleeProblem},
        {"17", "用户忙", QT_TR_NOOP("user busy"), QT_TR_NOOP("The callee was busy; please try again later."), O::CalleeProblem},
        {"18", "用户未响应", QT_TR_NOOP("no user responding"), QT_TR_NOOP("The callee's phone did not respond; it may be out of coverage. Try again later."), O::CalleeProblem},
        {"19", "用户未应答", QT_TR_NOOP("no answer from user"), QT_TR_NOOP("The phone rang but nobody answered; please try again later."), O::CalleeProblem},
        {"20", "用户缺席", QT_TR_NOOP("subscriber absent"), QT_TR_NOOP("The callee's phone is switched off or out of coverage."), O::CalleeProblem},
        {"21", "呼叫拒收", QT_TR_NOOP("call rejected"), QT_TR_NOOP("The callee rejected the call."), O::CalleeProblem},
        {"22", "号码改变", QT_TR_NOOP("number changed"), QT_TR_NOOP("The callee's number has changed; ask the customer for the new number."), O::NumberProblem},
        {"27", "目的地不可达", QT_TR_NOOP("destination out of order"), QT_TR_NOOP("The callee's line is out of order; please try again later."), O::Network},
        {"28", "无效的号码格式 (地址不全)", QT_TR_NOOP("invalid number format (incomplete address)"), QT_TR_NOOP("The number is incomplete or malformed; check the number."), O::NumberProblem},
        {"29", "性能拒绝", QT_TR_NOOP("facility rejected"), QT_TR_NOOP("The network refused a service the call needed."), O::Network},
        {"31", "正常—未指定", QT_TR_NOOP("normal, unspecified"), QT_TR_NOOP("The call ended without a specific reason; please try again."), O::CalleeProblem},
        {"34", "无电路/通路可用", QT_TR_NOOP("no circuit/channel available"), QT_TR_NOOP("The network is busy; please try again in a few minutes."), O::Network},
        {"42", "交换设备拥塞", QT_TR_NOOP("switching equipment congestion"), QT_TR_NOOP("The network is congested; please try again in a few minutes."), O::Network},
        {"50", "所请求的性能未预定", QT_TR_NOOP("requested facility not subscribed"), QT_TR_NOOP("The callee's line has not subscribed to this service."), O::NumberProblem},
        {"53", "CUG 中限制去呼叫", QT_TR_NOOP("outgoing calls barred within CUG"), QT_TR_NOOP("Outgoing calls are barred for the caller's closed user group."), O::NumberProblem},
        {"55", "CUG 中限制来呼叫", QT_TR_NOOP("incoming calls barred within CUG"), QT_TR_NOOP("Incoming calls are barred for the callee's closed user group."), O::NumberProblem},
        {"57", "承载能力无权 (被叫手机号码未开通呼叫权限)", QT_TR_NOOP("bearer capability not authorized (callee not enabled for calls)"), QT_TR_NOOP("The callee's number is not enabled to receive such calls."), O::NumberProblem},
        {"58", "承载能力目前不可用", QT_TR_NOOP("bearer capability not presently available"), QT_TR_NOOP("The network cannot carry the call right now; please try again later."), O::Network},
        {"65", "承载能力未实现", QT_TR_NOOP("bearer capability not implemented"), QT_TR_NOOP("The network does not support this kind of call."), O::Network},
        {"69", "所请求的性能未实现", QT_TR_NOOP("requested facility not implemented"), QT_TR_NOOP("The network does not support a service the call needed."), O::Network},
        {"87", "被叫用户不是 CUG 的成员", QT_TR_NOOP("user not member of CUG"), QT_TR_NOOP("The callee is not a member of the closed user group."), O::NumberProblem},
        {"88", "不兼容的目的地", QT_TR_NOOP("incompatible destination"), QT_TR_NOOP("The callee's equipment cannot take this call."), O::CalleeProblem},
        {"90", "不存在的 CUG", QT_TR_NOOP("non-existent CUG"), QT_TR_NOOP("The closed user group does not exist."), O::NumberProblem},
        {"91", "无效的转接网选择", QT_TR_NOOP("invalid transit network selection"), QT_TR_NOOP("The carrier chose an invalid route; please try again later."), O::Network},
        {"95", "无效的消息, 未指定", QT_TR_NOOP("invalid message, unspecified"), QT_TR_NOOP("A signalling error occurred in the network; please try again."), O::Network},
        {"97", "消息类型不存在或未实现", QT_TR_NOOP("message type non-existent or not implemented"), QT_TR_NOOP("A signalling error occurred in the network; please try again."), O::Network},
        {"99", "参数不存在或未实现", QT_TR_NOOP("parameter non-existent or not implemented"), QT_TR_NOOP("A signalling error occurred in the network; please try again."), O::Network},
        {"102", "定时器终了时恢复", QT_TR_NOOP("recovery on timer expiry"), QT_TR_NOOP("The network timed out setting up the call; please try again."), O::Network},
        {"103", "参数不存在或未实现—传递", QT_TR_NOOP("parameter non-existent or not implemented, passed on"), QT_TR_NOOP("A signalling error occurred in the network; please try again."), O::Network},
        {"110", "消息带有未被识别的参数—舍弃", QT_TR_NOOP("message with unrecognized parameter, discarded"), QT_TR_NOOP("A signalling error occurred in the network; please try again."), O::Network},
        {"111", "协议错误, 未指定", QT_TR_NOOP("protocol error, unspecified"), QT_TR_NOOP("A protocol error occurred in the network; please try again."), O::Network},
        {"127", "互通, 未指定", QT_TR_NOOP("interworking, unspecified"), QT_TR_NOOP("The call failed between two networks; please try again later."), O::Network},
        {"202", "用户忙, MSRN 获取失败, 平台挂机", QT_TR_NOOP("user busy, MSRN fetch failed, platform hung up"), QT_TR_NOOP("The callee was busy or unreachable; please try again later."), O::CalleeProblem},
        {"203", "用户去活, 平台挂机", QT_TR_NOOP("user deactivated, platform hung up"), QT_TR_NOOP("The callee's number is deactivated."), O::NumberProblem},
        {"204", "用户在平台侧关机，平台挂机", QT_TR_NOOP("user powered off on the platform side, platform hung up"), QT_TR_NOOP("The callee's phone is switched off; please try again later."), O::CalleeProblem},
        {"205", "用户未开户，平台挂机", QT_TR_NOOP("user has no account, platform hung up"), QT_TR_NOOP("The number has no account with the platform."), O::NumberProblem},
        {"206", "小号不允许呼叫，平台挂机", QT_TR_NOOP("the privacy number may not call, platform hung up"), QT_TR_NOOP("This privacy number is not allowed to make this call; check the binding."), O::Platform},
        {"207", "主号拨打小号，平台挂机", QT_TR_NOOP("real number called its own privacy number, platform hung up"), QT_TR_NOOP("The real number called its own privacy number; call the other party's number instead."), O::Platform},
        {"209", "主叫打小号带原始被叫，平台挂机", QT_TR_NOOP("caller dialled the privacy number with an original callee, platform hung up"), QT_TR_NOOP("The call to the privacy number carried an original callee; dial the privacy number directly."), O::Platform},
    };
    // clang-format on
    return list;
}

const CallResultCatalog::Entry *CallResultCatalog::find(const QString &result)
{
    const QString key = result.trimmed();
    for (const Entry &e : entries()) {
        if (key == QLatin1StringView(e.result))
            return &e;
    }
    return nullptr;
}

QString CallResultCatalog::text(const QString &result)
{
    if (const Entry *e = find(result))
        return tr(e->text);
    return tr("unknown result %1 (varies with the carrier)").arg(result);
}

QString CallResultCatalog::advice(const QString &result)
{
    if (const Entry *e = find(result))
        return tr(e->advice);
    return tr("The carrier reported code %1; ask the platform's support if it repeats.")
        .arg(result);
}

CallResultCatalog::Outcome CallResultCatalog::outcome(const QString &result)
{
    const Entry *e = find(result);
    return e ? e->outcome : Outcome::Unknown;
}

QList<CallResultCatalog::Outcome> CallResultCatalog::outcomes()
{
    return {Outcome::Answered, Outcome::CalleeProblem, Outcome::NumberProblem,
            Outcome::Network,  Outcome::Platform,      Outcome::Unknown};
}

QString CallResultCatalog::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Answered:
        return tr("answered");
    case Outcome::CalleeProblem:
        return tr("callee problem");
    case Outcome::NumberProblem:
        return tr("number problem");
    case Outcome::Network:
        return tr("network");
    case Outcome::Platform:
        return tr("platform");
    case Outcome::Unknown:
        break;
    }
    return tr("unknown");
}

QString CallResultCatalog::describe(const QString &result)
{
    if (result.trimmed() == QLatin1StringView("answered"))
        return text(result);
    return QStringLiteral("%1 · %2").arg(result.trimmed(), text(result));
}

} // namespace pn
