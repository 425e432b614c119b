<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CallResultCatalog</name>
        <message>
            <source>answered</source>
            <translation>呼叫成功</translation>
        </message>
        <message>
            <source>The call was connected.</source>
            <translation>通话已接通。</translation>
        </message>
        <message>
            <source>unallocated number (the callee number does not exist)</source>
            <translation>未分配的号码（被叫手机号码为空号）</translation>
        </message>
        <message>
            <source>The number dialled does not exist; check the number with the customer.</source>
            <translation>所拨号码不存在，请与客户核对号码。</translation>
        </message>
        <message>
            <source>no route to the specified transit network</source>
            <translation>无路由到指定的转接网</translation>
        </message>
        <message>
            <source>The carrier could not route the call; please try again later.</source>
            <translation>运营商无法路由此呼叫，请稍后再试。</translation>
        </message>
        <message>
            <source>no route to destination</source>
            <translation>无路由到目的地</translation>
        </message>
        <message>
            <source>The destination cannot be reached from this network; please try again later.</source>
            <translation>从当前网络无法到达目的地，请稍后再试。</translation>
        </message>
        <message>
            <source>special information tone sent</source>
            <translation>发送专用信息音</translation>
        </message>
        <message>
            <source>The network played an information tone; the number may be restricted.</source>
            <translation>网络播放了专用信息音，该号码可能受限。</translation>
        </message>
        <message>
            <source>normal call clearing</source>
            <translation>正常的呼叫拆线</translation>
        </message>
        <message>
            <source>The call ended normally before it was answered.</source>
            <translation>呼叫在接通前正常结束。</translation>
        </message>
        <message>
            <source>user busy</source>
            <translation>用户忙</translation>
        </message>
        <message>
            <source>The callee was busy; please try again later.</source>
            <translation>被叫正忙，请稍后再试。</translation>
        </message>
        <message>
            <source>no user responding</source>
            <translation>用户未响应</translation>
        </message>
        <message>
            <source>The callee's phone did not respond; it may be out of coverage. Try again later.</source>
            <translation>被叫手机无响应，可能不在服务区，请稍后再试。</translation>
        </message>
        <message>
            <source>no answer from user</source>
            <translation>用户未应答</translation>
        </message>
        <message>
            <source>The phone rang but nobody answered; please try again later.</source>
            <translation>电话已振铃但无人接听，请稍后再试。</translation>
        </message>
        <message>
            <source>subscriber absent</source>
            <translation>用户缺席</translation>
        </message>
        <message>
            <source>The callee's phone is switched off or out of coverage.</source>
            <translation>被叫手机已关机或不在服务区。</translation>
        </message>
        <message>
            <source>call rejected</source>
            <translation>呼叫拒收</translation>
        </message>
        <message>
            <source>The callee rejected the call.</source>
            <translation>被叫拒接了来电。</translation>
        </message>
        <message>
            <source>number changed</source>
            <translation>号码改变</translation>
        </message>
        <message>
            <source>The callee's number has changed; ask the customer for the new number.</source>
            <translation>被叫号码已变更，请向客户询问新号码。</translation>
        </message>
        <message>
            <source>destination out of order</source>
            <translation>目的地不可达</translation>
        </message>
        <message>
            <source>The callee's line is out of order; please try again later.</source>
            <translation>被叫线路故障，请稍后再试。</translation>
        </message>
        <message>
            <source>invalid number format (incomplete address)</source>
            <translation>无效的号码格式（地址不全）</translation>
        </message>
        <message>
            <source>The number is incomplete or malformed; check the number.</source>
            <translation>号码不完整或格式错误，请核对号码。</translation>
        </message>
        <message>
            <source>facility rejected</source>
            <translation>性能拒绝</translation>
        </message>
        <message>
            <source>The network refused a service the call needed.</source>
            <translation>网络拒绝了该呼叫所需的业务。</translation>
        </message>
        <message>
            <source>normal, unspecified</source>
            <translation>正常—未指定</translation>
        </message>
        <message>
            <source>The call ended without a specific reason; please try again.</source>
            <translation>呼叫结束，未给出具体原因，请重试。</translation>
        </message>
        <message>
            <source>no circuit/channel available</source>
            <translation>无电路/通路可用</translation>
        </message>
        <message>
            <source>The network is busy; please try again in a few minutes.</source>
            <translation>网络繁忙，请几分钟后再试。</translation>
        </message>
        <message>
            <source>switching equipment congestion</source>
            <translation>交换设备拥塞</translation>
        </message>
        <message>
            <source>The network is congested; please try again in a few minutes.</source>
            <translation>网络拥塞，请几分钟后再试。</translation>
        </message>
        <message>
            <source>requested facility not subscribed</source>
            <translation>所请求的性能未预定</translation>
        </message>
        <message>
            <source>The callee's line has not subscribed to this service.</source>
            <translation>被叫线路未订购此项业务。</translation>
        </message>
        <message>
            <source>outgoing calls barred within CUG</source>
            <translation>CUG 中限制去呼叫</translation>
        </message>
        <message>
            <source>Outgoing calls are barred for the caller's closed user group.</source>
            <translation>主叫所在的闭合用户群限制呼出。</translation>
        </message>
        <message>
            <source>incoming calls barred within CUG</source>
            <translation>CUG 中限制来呼叫</translation>
        </message>
        <message>
            <source>Incoming calls are barred for the callee's closed user group.</source>
            <translation>被叫所在的闭合用户群限制呼入。</translation>
        </message>
        <message>
            <source>bearer capability not authorized (callee not enabled for calls)</source>
            <translation>承载能力无权（被叫手机号码未开通呼叫权限）</translation>
        </message>
        <message>
            <source>The callee's number is not enabled to receive such calls.</source>
            <translation>被叫号码未开通接听此类呼叫的权限。</translation>
        </message>
        <message>
            <source>bearer capability not presently available</source>
            <translation>承载能力目前不可用</translation>
        </message>
        <message>
            <source>The network cannot carry the call right now; please try again later.</source>
            <translation>网络暂时无法承载该呼叫，请稍后再试。</translation>
        </message>
        <message>
            <source>bearer capability not implemented</source>
            <translation>承载能力未实现</translation>
        </message>
        <message>
            <source>The network does not support this kind of call.</source>
            <translation>网络不支持此类呼叫。</translation>
        </message>
        <message>
            <source>requested facility not implemented</source>
            <translation>所请求的性能未实现</translation>
        </message>
        <message>
            <source>The network does not support a service the call needed.</source>
            <translation>网络不支持该呼叫所需的业务。</translation>
        </message>
        <message>
            <source>user not member of CUG</source>
            <translation>被叫用户不是 CUG 的成员</translation>
        </message>
        <message>
            <source>The callee is not a member of the closed user group.</source>
            <translation>被叫不是该闭合用户群的成员。</translation>
        </message>
        <message>
            <source>incompatible destination</source>
            <translation>不兼容的目的地</translation>
        </message>
        <message>
            <source>The callee's equipment cannot take this call.</source>
            <translation>被叫终端无法接听此呼叫。</translation>
        </message>
        <message>
            <source>non-existent CUG</source>
            <translation>不存在的 CUG</translation>
        </message>
        <message>
            <source>The closed user group does not exist.</source>
            <translation>该闭合用户群不存在。</translation>
        </message>
        <message>
            <source>invalid transit network selection</source>
            <translation>无效的转接网选择</translation>
        </message>
        <message>
            <source>The carrier chose an invalid route; please try again later.</source>
            <translation>运营商选择了无效的路由，请稍后再试。</translation>
        </message>
        <message>
            <source>invalid message, unspecified</source>
            <translation>无效的消息，未指定</translation>
        </message>
        <message>
            <source>A signalling error occurred in the network; please try again.</source>
            <translation>网络中发生信令错误，请重试。</translation>
        </message>
        <message>
            <source>message type non-existent or not implemented</source>
            <translation>消息类型不存在或未实现</translation>
        </message>
        <message>
            <source>parameter non-existent or not implemented</source>
            <translation>参数不存在或未实现</translation>
        </message>
        <message>
            <source>recovery on timer expiry</source>
            <translation>定时器终了时恢复</translation>
        </message>
        <message>
            <source>The network timed out setting up the call; please try again.</source>
            <translation>网络建立呼叫超时，请重试。</translation>
        </message>
        <message>
            <source>parameter non-existent or not implemented, passed on</source>
            <translation>参数不存在或未实现—传递</translation>
        </message>
        <message>
            <source>message with unrecognized parameter, discarded</source>
            <translation>消息带有未被识别的参数—舍弃</translation>
        </message>
        <message>
            <source>protocol error, unspecified</source>
            <translation>协议错误，未指定</translation>
        </message>
        <message>
            <source>A protocol error occurred in the network; please try again.</source>
            <translation>网络中发生协议错误，请重试。</translation>
        </message>
        <message>
            <source>interworking, unspecified</source>
            <translation>互通，未指定</translation>
        </message>
        <message>
            <source>The call failed between two networks; please try again later.</source>
            <translation>呼叫在两个网络互通时失败，请稍后再试。</translation>
        </message>
        <message>
            <source>user busy, MSRN fetch failed, platform hung up</source>
            <translation>用户忙，MSRN 获取失败，平台挂机</translation>
        </message>
        <message>
            <source>The callee was busy or unreachable; please try again later.</source>
            <translation>被叫忙或无法接通，请稍后再试。</translation>
        </message>
        <message>
            <source>user deactivated, platform hung up</source>
            <translation>用户去活，平台挂机</translation>
        </message>
        <message>
            <source>The callee's number is deactivated.</source>
            <translation>被叫号码已停用。</translation>
        </message>
        <message>
            <source>user powered off on the platform side, platform hung up</source>
            <translation>用户在平台侧关机，平台挂机</translation>
        </message>
        <message>
            <source>The callee's phone is switched off; please try again later.</source>
            <translation>被叫手机已关机，请稍后再试。</translation>
        </message>
        <message>
            <source>user has no account, platform hung up</source>
            <translation>用户未开户，平台挂机</translation>
        </message>
        <message>
            <source>The number has no account with the platform.</source>
            <translation>该号码未在平台开户。</translation>
        </message>
        <message>
            <source>the privacy number may not call, platform hung up</source>
            <translation>小号不允许呼叫，平台挂机</translation>
        </message>
        <message>
            <source>This privacy number is not allowed to make this call; check the binding.</source>
            <translation>该隐私号不允许发起此呼叫，请检查绑定关系。</translation>
        </message>
        <message>
            <source>real number called its own privacy number, platform hung up</source>
            <translation>主号拨打小号，平台挂机</translation>
        </message>
        <message>
            <source>The real number called its own privacy number; call the other party's number instead.</source>
            <translation>真实号码拨打了自己的隐私号，请改拨对方的号码。</translation>
        </message>
        <message>
            <source>caller dialled the privacy number with an original callee, platform hung up</source>
            <translation>主叫打小号带原始被叫，平台挂机</translation>
        </message>
        <message>
            <source>The call to the privacy number carried an original callee; dial the privacy number directly.</source>
            <translation>拨打隐私号时携带了原始被叫，请直接拨打隐私号。</translation>
        </message>
        <message>
            <source>unknown result %1 (varies with the carrier)</source>
            <translation>未知结果 %1（因后端运营商而变动）</translation>
        </message>
        <message>
            <source>The carrier reported code %1; ask the platform's support if it repeats.</source>
            <translation>运营商返回代码 %1；如反复出现，请联系平台支持。</translation>
        </message>
        <message>
            <source>callee problem</source>
            <translation>被叫原因</translation>
        </message>
        <message>
            <source>number problem</source>
            <translation>号码问题</translation>
        </message>
        <message>
            <source>network</source>
            <translation>网络原因</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>平台原因</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>ErrorCatalog</name>
        <message>
            <source>success</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>service access error</source>
            <translation>访问服务异常</translation>
        </message>
        <message>
            <source>URL mapping mismatch</source>
            <translation>URL 映射不匹配</translation>
        </message>
        <message>
            <source>invalid parameters</source>
            <translation>访问参数错误</translation>
        </message>
        <message>
            <source>wrong verification code</source>
            <translation>验证码不正确</translation>
        </message>
        <message>
            <source>duplicate submission</source>
            <translation>重复提交</translation>
        </message>
        <message>
            <source>account does not exist</source>
            <translation>账号不存在</translation>
        </message>
        <message>
            <source>account authentication failed</source>
            <translation>账号认证失败</translation>
        </message>
        <message>
            <source>account disabled</source>
            <translation>账号已停用</translation>
        </message>
        <message>
            <source>account permission not enabled</source>
            <translation>账号权限未开通</translation>
        </message>
        <message>
            <source>ACL restriction</source>
            <translation>ACL 限制</translation>
        </message>
        <message>
            <source>rate limited (flow control)</source>
            <translation>Rate 限制、流控</translation>
        </message>
        <message>
            <source>insufficient balance</source>
            <translation>账号余额不足</translation>
        </message>
        <message>
            <source>task does not exist</source>
            <translation>任务不存在</translation>
        </message>
        <message>
            <source>task conflict or duplicate</source>
            <translation>任务冲突或重复</translation>
        </message>
        <message>
            <source>resource does not exist</source>
            <translation>资源不存在</translation>
        </message>
        <message>
            <source>insufficient resources</source>
            <translation>资源不足</translation>
        </message>
        <message>
            <source>resource configuration conflict</source>
            <translation>资源配置冲突</translation>
        </message>
        <message>
            <source>task start failed</source>
            <translation>任务发起失败</translation>
        </message>
        <message>
            <source>task start timed out</source>
            <translation>任务发起超时</translation>
        </message>
        <message>
            <source>temporary system failure</source>
            <translation>系统临时故障</translation>
        </message>
        <message>
            <source>system maintenance</source>
            <translation>系统维护</translation>
        </message>
        <message>
            <source>system operation failed</source>
            <translation>系统操作失败</translation>
        </message>
        <message>
            <source>unknown platform error %1</source>
            <translation>未知的平台错误码 %1</translation>
        </message>
    </context>
    <context>
        <name>KeyInput</name>
        <message>
            <source>Cannot read the key file %1: %2</source>
            <translation>无法读取密钥文件 %1：%2</translation>
        </message>
        <message>
            <source>The key file %1 is empty.</source>
            <translation>密钥文件 %1 为空。</translation>
        </message>
    </context>
    <context>
        <name>KeytimeSigner</name>
        <message>
            <source>The developer ID (devid) is empty.</source>
            <translation>开发者 ID（devid）为空。</translation>
        </message>
        <message>
            <source>The developer ID (devid) must not contain commas or spaces.</source>
            <translation>开发者 ID（devid）不能包含逗号或空格。</translation>
        </message>
        <message>
            <source>The authentication key is empty.</source>
            <translation>开发者认证 key 为空。</translation>
        </message>
        <message>
            <source>The timestamp must be a positive number of milliseconds.</source>
            <translation>时间戳必须是正的毫秒数。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Privacy Number Console</source>
            <translation>隐私号控制台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>%1 (%2) is required.</source>
            <translation>%1（%2）为必填项。</translation>
        </message>
        <message>
            <source>%1 (%2) is longer than %3 bytes.</source>
            <translation>%1（%2）超过 %3 字节。</translation>
        </message>
        <message>
            <source>%1 (%2) may contain only digits and a leading '+'.</source>
            <translation>%1（%2）只能包含数字和开头的“+”。</translation>
        </message>
        <message>
            <source>%1 (%2) has no digits.</source>
            <translation>%1（%2）不含数字。</translation>
        </message>
        <message>
            <source>App ID</source>
            <translation>应用 ID</translation>
        </message>
        <message>
            <source>Privacy number X</source>
            <translation>隐私号 X</translation>
        </message>
        <message>
            <source>Number A</source>
            <translation>A 号码</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>请求 ID</translation>
        </message>
        <message>
            <source>Request ID (reqid) is longer than 64 characters.</source>
            <translation>请求 ID（reqid）超过 64 个字符。</translation>
        </message>
        <message>
            <source>User data (userData) is longer than 1024 bytes.</source>
            <translation>用户数据（userData）超过 1024 字节。</translation>
        </message>
        <message>
            <source>Number B</source>
            <translation>B 号码</translation>
        </message>
        <message>
            <source>Number B (bnum) must differ from number A.</source>
            <translation>B 号码（bnum）必须与 A 号码不同。</translation>
        </message>
        <message>
            <source>Validity (ttl) must be a whole number of seconds, at least 1.</source>
            <translation>有效期（ttl）必须是整数秒，至少为 1。</translation>
        </message>
        <message>
            <source>Recording (record) must be 0 or 1.</source>
            <translation>录音标识（record）必须为 0 或 1。</translation>
        </message>
        <message>
            <source>Caller display (display) must be one of 0,0 0,1 1,0 1,1.</source>
            <translation>来显方式（display）必须是 0,0、0,1、1,0、1,1 之一。</translation>
        </message>
        <message>
            <source>Announcement codes (anucode) must be at most three codes separated by commas (B→X, A→X, others→X).</source>
            <translation>提示音编号（anucode）最多三个，用逗号分隔（依次为 B→X、A→X、其他号码→X）。</translation>
        </message>
        <message>
            <source>After-answer announcement (ansanu) must be one code or two codes separated by a comma.</source>
            <translation>接通后放音（ansanu）必须是一个编号，或用逗号分隔的两个编号。</translation>
        </message>
        <message>
            <source>Validity (ttl) must be a whole number of seconds, 0 for no limit.</source>
            <translation>有效期（ttl）必须是整数秒，0 表示一直有效。</translation>
        </message>
        <message>
            <source>Caller display (display) must be 0 or 1.</source>
            <translation>来显方式（display）必须为 0 或 1。</translation>
        </message>
        <message>
            <source>Announcement code (anucode) must be a single code.</source>
            <translation>呼入提示音编号（anucode）只能是一个编号。</translation>
        </message>
    </context>
    <context>
        <name>pn::MainWindow</name>
        <message>
            <source>Privacy Number Console %1</source>
            <translation>隐私号控制台 %1</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>语言：%1</translation>
        </message>
        <message>
            <source>About Privacy Number Console</source>
            <translation>关于隐私号控制台</translation>
        </message>
        <message>
            <source>Privacy Number Console %1
A desk console for privacy-number (AXB) bindings, transfers and call records.</source>
            <translation>隐私号控制台 %1
用于隐私号（AXB）绑定关系、转接和话单的坐席控制台。</translation>
        </message>
    </context>
    <context>
        <name>pnctl</name>
        <message>
            <source>Usage: pnctl [--lang zh_CN|en] COMMAND [options]

Commands:
  sign      print the Keytime Authorization header value

Options:
  -h, --help     show this help
  -v, --version  show the version
</source>
            <translation>用法（Usage）：pnctl [--lang zh_CN|en] 命令 [选项]

命令：
  sign      输出 Keytime 签名的 Authorization 头部值

选项：
  -h, --help     显示本帮助
  -v, --version  显示版本
</translation>
        </message>
        <message>
            <source>Unknown command: %1</source>
            <translation>未知命令：%1</translation>
        </message>
        <message>
            <source>Print the Keytime Authorization header value for a request.</source>
            <translation>输出一次请求所用的 Keytime 签名 Authorization 头部值。</translation>
        </message>
        <message>
            <source>Developer ID.</source>
            <translation>开发者 ID。</translation>
        </message>
        <message>
            <source>File holding the auth key ('-' for stdin).</source>
            <translation>保存开发者认证 key 的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <source>Timestamp in epoch milliseconds (default: now).</source>
            <translation>以毫秒为单位的 epoch 时间戳（默认：当前时间）。</translation>
        </message>
        <message>
            <source>sign needs --devid and --key-file.</source>
            <translation>sign 命令需要 --devid 和 --key-file。</translation>
        </message>
        <message>
            <source>--ts must be a positive number of milliseconds.</source>
            <translation>--ts 必须是正的毫秒数。</translation>
        </message>
    </context>
</TS>
