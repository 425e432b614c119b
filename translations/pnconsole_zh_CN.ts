<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountPanel</name>
        <message>
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Balance:</source>
            <translation>账号余额：</translation>
        </message>
        <message>
            <source>Overdraft limit:</source>
            <translation>透支额度：</translation>
        </message>
        <message>
            <source>Available funds:</source>
            <translation>可用资金：</translation>
        </message>
        <message>
            <source>Warning below:</source>
            <translation>预警阈值：</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>创建时间：</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>更新时间：</translation>
        </message>
        <message>
            <source>Last refreshed:</source>
            <translation>上次刷新：</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Auto:</source>
            <translation>自动刷新：</translation>
        </message>
        <message>
            <source>Ask the platform for the account status and balance now</source>
            <translation>立即向平台查询账户状态和余额</translation>
        </message>
    </context>
    <context>
        <name>BindingDialog</name>
        <message>
            <source>New binding (AXB)</source>
            <translation>新建绑定关系（AXB）</translation>
        </message>
        <message>
            <source>Calls between A and B go through the privacy number X, so neither sees the other's real number.</source>
            <translation>A 与 B 之间的通话经由隐私号 X 接续，双方都看不到对方的真实号码。</translation>
        </message>
        <message>
            <source>App ID:</source>
            <translation>应用 ID：</translation>
        </message>
        <message>
            <source>Privacy number X:</source>
            <translation>隐私号 X：</translation>
        </message>
        <message>
            <source>Number A:</source>
            <translation>号码 A：</translation>
        </message>
        <message>
            <source>Real number of party A, e.g. 13800138000</source>
            <translation>A 方真实号码，例如 13800138000</translation>
        </message>
        <message>
            <source>Number B:</source>
            <translation>号码 B：</translation>
        </message>
        <message>
            <source>Real number of party B</source>
            <translation>B 方真实号码</translation>
        </message>
        <message>
            <source>Validity:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>Recording:</source>
            <translation>录音：</translation>
        </message>
        <message>
            <source>Record the calls</source>
            <translation>通话录音</translation>
        </message>
        <message>
            <source>Caller display</source>
            <translation>来电显示</translation>
        </message>
        <message>
            <source>When A calls B, B sees:</source>
            <translation>A 呼叫 B 时，B 看到：</translation>
        </message>
        <message>
            <source>When B calls A, A sees:</source>
            <translation>B 呼叫 A 时，A 看到：</translation>
        </message>
        <message>
            <source>Announcements (codes assigned by the platform)</source>
            <translation>放音（编码由平台分配）</translation>
        </message>
        <message>
            <source>B calls X:</source>
            <translation>B 呼叫 X：</translation>
        </message>
        <message>
            <source>A calls X:</source>
            <translation>A 呼叫 X：</translation>
        </message>
        <message>
            <source>Others call X:</source>
            <translation>其他号码呼叫 X：</translation>
        </message>
        <message>
            <source>After answer:</source>
            <translation>接听后放音：</translation>
        </message>
        <message>
            <source>code or code1,code2</source>
            <translation>编码，或 编码1,编码2</translation>
        </message>
        <message>
            <source>User data:</source>
            <translation>用户数据：</translation>
        </message>
        <message>
            <source>Returned in the call records</source>
            <translation>在话单回调中原样返回</translation>
        </message>
        <message>
            <source>Encode as base64</source>
            <translation>以 base64 编码</translation>
        </message>
        <message>
            <source>Request ID:</source>
            <translation>请求 ID：</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>秒</translation>
        </message>
    </context>
    <context>
        <name>BindingsTab</name>
        <message>
            <source>Search by A, B, X or subid (Ctrl+F)</source>
            <translation>按 A、B、X 号码或 subid 搜索（Ctrl+F）</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Privacy number:</source>
            <translation>隐私号：</translation>
        </message>
        <message>
            <source>Highlight expiring within:</source>
            <translation>高亮即将到期：</translation>
        </message>
        <message>
            <source>Release selected…</source>
            <translation>解绑所选…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop the bulk release: requests already sent finish, the rest are not sent</source>
            <translation>停止批量释放：已发出的请求会完成，其余的不再发送</translation>
        </message>
        <message>
            <source>Release the selected bindings on the platform (asks first; Delete)</source>
            <translation>在平台上释放所选绑定关系（先确认；Delete 键）</translation>
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <source>This tab has no table to export: choose Bindings, Transfers, Calls or Request log.</source>
            <translation>此页没有可导出的表格：请选择绑定关系、转接、话单或请求日志。</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows exported to %2 (as shown: masked numbers stay masked).</source>
            <translation>已导出 %1 行到 %2（与界面显示一致：打码的号码仍打码）。</translation>
        </message>
        <message>
            <source>Bulk create from CSV…</source>
            <translation>从 CSV 批量开通…</translation>
        </message>
        <message>
            <source>Bulk release from CSV…</source>
            <translation>从 CSV 批量释放…</translation>
        </message>
        <message>
            <source>The bulk job %1 (%2 → %3) was interrupted with %4 of %5 rows done. Resume it? Rows already done are not sent again.</source>
            <translation>批量任务 %1（%2 → %3）被中断，%5 行中已完成 %4 行。要续做吗？已完成的行不会再次发送。</translation>
        </message>
        <message>
            <source>Resume bulk job</source>
            <translation>续做批量任务</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>续做</translation>
        </message>
        <message>
            <source>Bindings</source>
            <translation>绑定关系</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>转接</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>请求日志</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Export %1 to CSV</source>
            <translation>将%1导出为 CSV</translation>
        </message>
        <message>
            <source>%1 rows exported to %2, %3 of them with the real numbers you revealed (recorded in the audit log).</source>
            <translation>已导出 %1 行到 %2，其中 %3 行含您显示的真实号码（已记入审计日志）。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Current table…</source>
            <translation>当前表格…</translation>
        </message>
        <message>
            <source>Bindings…</source>
            <translation>绑定关系…</translation>
        </message>
        <message>
            <source>Transfers…</source>
            <translation>转接…</translation>
        </message>
        <message>
            <source>Calls…</source>
            <translation>通话…</translation>
        </message>
        <message>
            <source>Request log…</source>
            <translation>请求日志…</translation>
        </message>
        <message>
            <source>Write the table, as its filter shows it, to a CSV file (UTF-8 with BOM); masked numbers stay masked</source>
            <translation>按当前筛选显示的内容将表格写入 CSV 文件（带 BOM 的 UTF-8）；打码的号码保持打码</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>审计日志…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Write this table, as its filter shows it, to a CSV file (UTF-8 with BOM); masked numbers stay masked</source>
            <translation>按当前筛选显示的内容将此表格写入 CSV 文件（带 BOM 的 UTF-8）；打码的号码保持打码</translation>
        </message>
    </context>
    <context>
        <name>BulkFile</name>
        <message>
            <source>Validity (ttl) must be a whole number of seconds, not "%1".</source>
            <translation>有效期（ttl）必须是整数秒，不能是“%1”。</translation>
        </message>
        <message>
            <source>Recording (record) must be 0 or 1, not "%1".</source>
            <translation>录音标识（record）必须是 0 或 1，不能是“%1”。</translation>
        </message>
        <message>
            <source>The subid is empty.</source>
            <translation>subid 为空。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>The file %1 is empty: it needs a header row.</source>
            <translation>文件 %1 是空的：需要一行表头。</translation>
        </message>
        <message>
            <source>The file has no column %1 (the header row names the columns after the API's parameters: %2).</source>
            <translation>文件缺少列 %1（表头按接口参数命名各列：%2）。</translation>
        </message>
        <message>
            <source>The subid %1 is already in row %2.</source>
            <translation>subid %1 已在第 %2 行出现。</translation>
        </message>
        <message>
            <source>%1 is already bound on %2 in row %3: the platform would answer 1302 (resource configuration conflict).</source>
            <translation>%1 已在第 %3 行绑定到 %2：平台会返回 1302（资源配置冲突）。</translation>
        </message>
        <message>
            <source>%1 already has a binding on %2 in the ledger (%3): the platform would answer 1302 (resource configuration conflict).</source>
            <translation>%1 在台账中已有 %2 上的绑定（%3）：平台会返回 1302（资源配置冲突）。</translation>
        </message>
        <message>
            <source>Cannot write the result file %1: %2</source>
            <translation>无法写入结果文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>BulkJobStore</name>
        <message>
            <source>Cannot write the bulk job to the ledger: %1</source>
            <translation>无法将批量任务写入台账：%1</translation>
        </message>
        <message>
            <source>Cannot update the bulk job: %1</source>
            <translation>无法更新批量任务：%1</translation>
        </message>
    </context>
    <context>
        <name>BulkText</name>
        <message>
            <source>ID    KIND     STATE      DONE/ROWS  REFUSED  INVALID  PENDING  UPDATED              FILE → RESULT</source>
            <translation>编号  类型     状态       完成/行数  被拒     无效     待定     更新时间             文件 → 结果</translation>
        </message>
        <message>
            <source>No bulk jobs in the ledger.</source>
            <translation>台账中没有批量任务。</translation>
        </message>
        <message>
            <source>Create (bulk bind) or release (bulk release) bindings from a CSV file, as a job in the ledger that a re-run of the same command resumes; bulk jobs lists the jobs.</source>
            <translation>按 CSV 文件批量开通（bulk bind）或释放（bulk release）绑定关系，作为台账中的任务执行，再次运行同一命令即可续做；bulk jobs 列出任务。</translation>
        </message>
        <message>
            <source>bind, release or jobs.</source>
            <translation>bind、release 或 jobs。</translation>
        </message>
        <message>
            <source>The CSV file.</source>
            <translation>CSV 文件。</translation>
        </message>
        <message>
            <source>The result file (input + subid,state,error,reason).</source>
            <translation>结果文件（输入内容 + subid,state,error,reason）。</translation>
        </message>
        <message>
            <source>auto (default), utf-8 or gb18030.</source>
            <translation>auto（缺省）、utf-8 或 gb18030。</translation>
        </message>
        <message>
            <source>At most this many requests in flight (default 32).</source>
            <translation>同时在途的请求最多这么多（缺省 32）。</translation>
        </message>
        <message>
            <source>Validate every row and write the result file; send nothing.</source>
            <translation>校验每一行并写出结果文件；不发送任何请求。</translation>
        </message>
        <message>
            <source>Use: bulk bind FILE.csv --out RESULT.csv, bulk release FILE.csv --out RESULT.csv or bulk jobs.</source>
            <translation>用法：bulk bind 文件.csv --out 结果.csv、bulk release 文件.csv --out 结果.csv 或 bulk jobs。</translation>
        </message>
        <message>
            <source>bulk %1 needs --out RESULT.csv.</source>
            <translation>bulk %1 需要 --out 结果.csv。</translation>
        </message>
        <message>
            <source>--encoding must be auto, utf-8 or gb18030.</source>
            <translation>--encoding 必须是 auto、utf-8 或 gb18030。</translation>
        </message>
        <message>
            <source>--concurrency must be a number from 1 to 1000.</source>
            <translation>--concurrency 必须是 1 到 1000 之间的数字。</translation>
        </message>
        <message>
            <source>%1 rows (%2): %3 valid, %4 invalid; nothing was sent.</source>
            <translation>%1 行（%2）：%3 行有效，%4 行无效；未发送任何请求。</translation>
        </message>
        <message>
            <source>Job %1 was finished before; only the result file is written.</source>
            <translation>任务 %1 此前已完成；只重写结果文件。</translation>
        </message>
        <message>
            <source>Resuming job %1: %2 of %3 rows done, %4 to send.</source>
            <translation>续做任务 %1：%3 行中已完成 %2 行，待发送 %4 行。</translation>
        </message>
        <message>
            <source>Job %1: %2 rows (%3), %4 valid, written to the ledger.</source>
            <translation>任务 %1：%2 行（%3），%4 行有效，已写入台账。</translation>
        </message>
        <message>
            <source>%1 of %2 rows done, %3 refused, %4 rows/s</source>
            <translation>%2 行中已完成 %1 行，被拒 %3 行，每秒 %4 行</translation>
        </message>
        <message>
            <source>%1 of %2 rows done, %3 refused, %4 invalid, %5 without a definite answer yet (run the same command again). Result: %6</source>
            <translation>%2 行中已完成 %1 行，被拒 %3 行，无效 %4 行，尚无确定结果 %5 行（请再次运行同一命令）。结果：%6</translation>
        </message>
    </context>
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
        <name>CallStore</name>
        <message>
            <source>Cannot prepare the ledger's call statements: %1</source>
            <translation>无法准备台账的通话记录语句：%1</translation>
        </message>
    </context>
    <context>
        <name>CallWords</name>
        <message>
            <source>caller hung up</source>
            <translation>主叫挂机</translation>
        </message>
        <message>
            <source>callee hung up</source>
            <translation>被叫挂机</translation>
        </message>
        <message>
            <source>platform hung up</source>
            <translation>平台挂机</translation>
        </message>
        <message>
            <source>unknown (%1)</source>
            <translation>未知（%1）</translation>
        </message>
        <message>
            <source>CDR</source>
            <translation>话单</translation>
        </message>
        <message>
            <source>call start</source>
            <translation>始呼</translation>
        </message>
        <message>
            <source>times out of order (begin ≤ ring ≤ answer ≤ release)</source>
            <translation>时间顺序错误（应为 开始 ≤ 振铃 ≤ 接通 ≤ 释放）</translation>
        </message>
        <message>
            <source>negative duration</source>
            <translation>通话时长为负</translation>
        </message>
        <message>
            <source>%1 outside the plausible window (2000-01-01 to 24 h after arrival)</source>
            <translation>%1 超出合理范围（2000-01-01 至到达后 24 小时）</translation>
        </message>
    </context>
    <context>
        <name>CallbackParser</name>
        <message>
            <source>Field %1 must be a single value.</source>
            <translation>字段 %1 必须是单个值。</translation>
        </message>
        <message>
            <source>Required field %1 is missing.</source>
            <translation>缺少必填字段 %1。</translation>
        </message>
        <message>
            <source>Field %1 must be an integer (epoch seconds or seconds), not "%2".</source>
            <translation>字段 %1 必须是整数（纪元秒数或秒数），而不是“%2”。</translation>
        </message>
        <message>
            <source>Cannot tell a CDR from a call-start: neither result, beginTime nor callTime is present.</source>
            <translation>无法判断是话单还是始呼回调：result、beginTime、callTime 均未提供。</translation>
        </message>
        <message>
            <source>Field %1 is out of range: %2.</source>
            <translation>字段 %1 超出范围：%2。</translation>
        </message>
        <message>
            <source>The taskid has %1 characters; at most %2 are accepted.</source>
            <translation>taskid 有 %1 个字符；最多接受 %2 个。</translation>
        </message>
        <message>
            <source>The body is not valid UTF-8.</source>
            <translation>请求体不是有效的 UTF-8。</translation>
        </message>
        <message>
            <source>The body is not valid JSON: %1 at offset %2.</source>
            <translation>请求体不是有效的 JSON：%1，位于偏移 %2。</translation>
        </message>
        <message>
            <source>The JSON body must be an object.</source>
            <translation>JSON 请求体必须是对象。</translation>
        </message>
        <message>
            <source>The JSON body has an unpaired UTF-16 surrogate escape.</source>
            <translation>JSON 请求体含有不成对的 UTF-16 代理项转义。</translation>
        </message>
        <message>
            <source>The form body is not valid UTF-8 after percent-decoding.</source>
            <translation>表单请求体在百分号解码后不是有效的 UTF-8。</translation>
        </message>
    </context>
    <context>
        <name>CallsPanel</name>
        <message>
            <source>Outcome:</source>
            <translation>结果分类：</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Number (caller, callee or X)</source>
            <translation>号码（主叫、被叫或 X 号码）</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>subid（绑定 ID）</translation>
        </message>
        <message>
            <source>Show full numbers</source>
            <translation>显示完整号码</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Call details</source>
            <translation>通话详情</translation>
        </message>
        <message>
            <source>Play recording</source>
            <translation>播放录音</translation>
        </message>
        <message>
            <source>Copy recording link</source>
            <translation>复制录音链接</translation>
        </message>
        <message>
            <source>Read the call records from the ledger again</source>
            <translation>从台账重新读取话单</translation>
        </message>
        <message>
            <source>Open the selected call's recording</source>
            <translation>打开所选通话的录音</translation>
        </message>
        <message>
            <source>Copy the address of the selected call's recording</source>
            <translation>复制所选通话录音的地址</translation>
        </message>
    </context>
    <context>
        <name>CliText</name>
        <message>
            <source>--timeout must be a whole number of seconds, at least 1.</source>
            <translation>--timeout 必须是整数秒，至少为 1。</translation>
        </message>
        <message>
            <source>--retries must be a whole number, 0 or more.</source>
            <translation>--retries 必须是大于等于 0 的整数。</translation>
        </message>
        <message>
            <source>Saved profile to use.</source>
            <translation>要使用的已保存配置。</translation>
        </message>
        <message>
            <source>Platform address, e.g. https://host.</source>
            <translation>平台地址，例如 https://host。</translation>
        </message>
        <message>
            <source>Developer ID.</source>
            <translation>开发者 ID。</translation>
        </message>
        <message>
            <source>App ID.</source>
            <translation>应用 ID（appid）。</translation>
        </message>
        <message>
            <source>File holding the auth key ('-' for stdin); else $PN_AUTH_KEY.</source>
            <translation>存放认证密钥的文件（'-' 表示标准输入）；否则使用 $PN_AUTH_KEY。</translation>
        </message>
        <message>
            <source>Extra trusted CA certificates (PEM).</source>
            <translation>额外信任的 CA 证书（PEM）。</translation>
        </message>
        <message>
            <source>Seconds to wait for each answer (default 10).</source>
            <translation>每次请求等待应答的秒数（默认 10）。</translation>
        </message>
        <message>
            <source>Retries after the first attempt (default 4).</source>
            <translation>首次请求之后的重试次数（默认 4）。</translation>
        </message>
        <message>
            <source>Allow an http:// platform address.</source>
            <translation>允许使用 http:// 平台地址。</translation>
        </message>
        <message>
            <source>Sign with this computer's clock even if it differs from the platform's.</source>
            <translation>即使本机时钟与平台不一致，也按本机时钟签名。</translation>
        </message>
        <message>
            <source>Print the result as JSON.</source>
            <translation>以 JSON 格式输出结果。</translation>
        </message>
        <message>
            <source>The option --%1 needs a value.</source>
            <translation>选项 --%1 需要一个值。</translation>
        </message>
        <message>
            <source>Profiles cannot be used by this pnctl; give --base-url, --devid, --appid and --key-file instead.</source>
            <translation>此 pnctl 无法使用配置；请改为提供 --base-url、--devid、--appid 和 --key-file。</translation>
        </message>
        <message>
            <source>Say which account to use: --profile NAME, or --base-url, --devid, --appid and --key-file (or $PN_AUTH_KEY).</source>
            <translation>请指定要使用的账号：--profile 名称，或 --base-url、--devid、--appid 和 --key-file（或 $PN_AUTH_KEY）。</translation>
        </message>
        <message>
            <source>No auth key: give --key-file FILE or set PN_AUTH_KEY.</source>
            <translation>没有认证密钥：请提供 --key-file 文件或设置 PN_AUTH_KEY。</translation>
        </message>
        <message>
            <source>Wrong number of arguments.</source>
            <translation>参数个数不正确。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>永久</translation>
        </message>
        <message>
            <source>Show the account's state.</source>
            <translation>显示账号状态。</translation>
        </message>
        <message>
            <source>trial</source>
            <translation>试用</translation>
        </message>
        <message>
            <source>active</source>
            <translation>正式开通</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <source>Balance: %1 yuan</source>
            <translation>账号余额：%1 元</translation>
        </message>
        <message>
            <source>Overdraft limit: %1 yuan</source>
            <translation>透支额度：%1 元</translation>
        </message>
        <message>
            <source>Privacy number X.</source>
            <translation>隐私号 X。</translation>
        </message>
        <message>
            <source>Number A.</source>
            <translation>号码 A。</translation>
        </message>
        <message>
            <source>Number B.</source>
            <translation>号码 B。</translation>
        </message>
        <message>
            <source>Validity in seconds.</source>
            <translation>有效期（秒）。</translation>
        </message>
        <message>
            <source>Record the calls.</source>
            <translation>对通话录音。</translation>
        </message>
        <message>
            <source>Caller display: 0,0 0,1 1,0 or 1,1.</source>
            <translation>来显方式：0,0、0,1、1,0 或 1,1。</translation>
        </message>
        <message>
            <source>Announcement codes B→X,A→X,others→X.</source>
            <translation>放音编码，依次为 B→X、A→X、其他→X。</translation>
        </message>
        <message>
            <source>After-answer announcement code(s).</source>
            <translation>接通后放音编码。</translation>
        </message>
        <message>
            <source>Customer data returned in call records.</source>
            <translation>在话单中回传的客户数据。</translation>
        </message>
        <message>
            <source>Request ID (default: a new UUID).</source>
            <translation>请求 ID（默认：新生成的 UUID）。</translation>
        </message>
        <message>
            <source>Create an AXB binding.</source>
            <translation>创建 AXB 绑定关系。</translation>
        </message>
        <message>
            <source>bind needs --ttl SECONDS.</source>
            <translation>bind 需要 --ttl 秒数。</translation>
        </message>
        <message>
            <source>Binding created: subid %1 (X %2, A %3, B %4), expires %5.</source>
            <translation>绑定关系已创建：subid %1（X %2，A %3，B %4），到期时间 %5。</translation>
        </message>
        <message>
            <source>The binding's subid.</source>
            <translation>绑定关系的 subid。</translation>
        </message>
        <message>
            <source>Release an AXB binding.</source>
            <translation>释放 AXB 绑定关系。</translation>
        </message>
        <message>
            <source>Binding %1 released.</source>
            <translation>绑定关系 %1 已释放。</translation>
        </message>
        <message>
            <source>Binding %1 was already gone.</source>
            <translation>绑定关系 %1 在平台上已不存在。</translation>
        </message>
        <message>
            <source>Validity in seconds (0 = forever).</source>
            <translation>有效期（秒，0 表示永久）。</translation>
        </message>
        <message>
            <source>0 show X, 1 show the real caller.</source>
            <translation>0 显示 X 号码，1 显示真实主叫号码。</translation>
        </message>
        <message>
            <source>Incoming-call announcement code.</source>
            <translation>来电放音编码。</translation>
        </message>
        <message>
            <source>Create an XA transfer.</source>
            <translation>创建 XA 转接。</translation>
        </message>
        <message>
            <source>--ttl and --display must be numbers.</source>
            <translation>--ttl 和 --display 必须是数字。</translation>
        </message>
        <message>
            <source>Transfer created: calls to %1 go to %2.</source>
            <translation>转接已创建：拨打 %1 的呼叫将转接到 %2。</translation>
        </message>
        <message>
            <source>Release an XA transfer.</source>
            <translation>释放 XA 转接。</translation>
        </message>
        <message>
            <source>Transfer on %1 released.</source>
            <translation>%1 上的转接已释放。</translation>
        </message>
        <message>
            <source>active (default), all, pending, released, expired or failed.</source>
            <translation>active（默认）、all、pending、released、expired 或 failed。</translation>
        </message>
        <message>
            <source>Only rows whose X, A, B or subid contain this.</source>
            <translation>只显示 X、A、B 号码或 subid 包含此内容的记录。</translation>
        </message>
        <message>
            <source>List XA transfers instead of bindings.</source>
            <translation>列出 XA 转接而不是绑定关系。</translation>
        </message>
        <message>
            <source>List the bindings the ledger knows.</source>
            <translation>列出台账中记录的绑定关系。</translation>
        </message>
        <message>
            <source>Unknown state "%1".</source>
            <translation>未知的状态“%1”。</translation>
        </message>
        <message>
            <source>%1 s left</source>
            <translation>剩余 %1 秒</translation>
        </message>
        <message>
            <source>How many entries (default 20).</source>
            <translation>显示多少条（默认 20）。</translation>
        </message>
        <message>
            <source>Show the request log.</source>
            <translation>显示请求日志。</translation>
        </message>
        <message>
            <source>--limit must be a positive number.</source>
            <translation>--limit 必须是正数。</translation>
        </message>
        <message>
            <source>X	A	state	expires</source>
            <translation>X 号码	号码 A	状态	到期时间</translation>
        </message>
        <message>
            <source>subid	X	A	B	state	expires	time left</source>
            <translation>subid	X 号码	号码 A	号码 B	状态	到期时间	剩余时间</translation>
        </message>
        <message>
            <source>List the call records (CDRs) in the ledger, newest first; numbers masked unless --reveal.</source>
            <translation>列出台账中的话单（CDR），最新的在前；除非使用 --reveal，号码均打码。</translation>
        </message>
        <message>
            <source>Only the calls of this binding (or transfer).</source>
            <translation>只显示该绑定（或转接）的通话。</translation>
        </message>
        <message>
            <source>Only calls that began at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</source>
            <translation>只显示在 TIME 或之后开始的通话："2026-12-02 10:00"、纪元秒数，或 30m、2h、7d 这样的时长。</translation>
        </message>
        <message>
            <source>Only calls with this result: answered or a code such as 17.</source>
            <translation>只显示该结果的通话：answered 或 17 这样的结果码。</translation>
        </message>
        <message>
            <source>At most N calls (default 100).</source>
            <translation>最多 N 条通话（默认 100）。</translation>
        </message>
        <message>
            <source>Show the real numbers (written to the audit log).</source>
            <translation>显示真实号码（记入审计日志）。</translation>
        </message>
        <message>
            <source>--since: cannot read "%1"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</source>
            <translation>--since：无法识别“%1”；请使用 "2026-12-02 10:00"、纪元秒数，或 30m、2h、7d 这样的时长。</translation>
        </message>
        <message>
            <source>began	subid	X	caller	callee	result	talk time</source>
            <translation>开始时间	subid	X	主叫	被叫	结果	通话时长</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Usage: pnctl recordings fetch [--since TIME] | policy [--on|--off] [--max-size MB] [--keep-days N] | list</source>
            <translation>用法：pnctl recordings fetch [--since TIME] | policy [--on|--off] [--max-size MB] [--keep-days N] | list</translation>
        </message>
        <message>
            <source>The team's own archive of call recordings.
  fetch   download the recordings of stored call records (profiles whose policy is on), resuming partial files, and apply the retention
  policy  show or change the current profile's policy (--profile NAME)
  list    the recordings in the archive and their state</source>
            <translation>团队自己的通话录音存档。
  fetch   下载已存话单的录音（仅限已开启存档策略的配置），续传未完成的文件，并执行保留策略
  policy  查看或修改当前配置的存档策略（--profile NAME）
  list    列出存档中的录音及其状态</translation>
        </message>
        <message>
            <source>fetch: only calls that began at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</source>
            <translation>fetch：仅处理在 TIME 或之后开始的通话："2026-12-02 10:00"、纪元秒数，或时长如 30m、2h、7d。</translation>
        </message>
        <message>
            <source>policy: keep this profile's recordings.</source>
            <translation>policy：存档此配置的录音。</translation>
        </message>
        <message>
            <source>policy: stop downloading this profile's recordings.</source>
            <translation>policy：停止下载此配置的录音。</translation>
        </message>
        <message>
            <source>policy: refuse recordings larger than MB megabytes.</source>
            <translation>policy：拒绝大于 MB 兆字节的录音。</translation>
        </message>
        <message>
            <source>policy: remove recordings of calls older than N days (0 = keep for ever).</source>
            <translation>policy：删除早于 N 天的通话录音（0 = 永久保留）。</translation>
        </message>
        <message>
            <source>recordings policy needs --profile NAME.</source>
            <translation>recordings policy 需要 --profile NAME。</translation>
        </message>
        <message>
            <source>No profile is named "%1".</source>
            <translation>没有名为“%1”的配置。</translation>
        </message>
        <message>
            <source>Give --on or --off, not both.</source>
            <translation>请指定 --on 或 --off，不能同时指定。</translation>
        </message>
        <message>
            <source>--max-size must be a number of megabytes (up to 4096).</source>
            <translation>--max-size 必须是兆字节数（最大 4096）。</translation>
        </message>
        <message>
            <source>--keep-days must be 0 or a positive number of days.</source>
            <translation>--keep-days 必须是 0 或正整数天数。</translation>
        </message>
        <message>
            <source>%1: recordings %2, at most %3 MB each, kept %4</source>
            <translation>%1：录音存档%2，每个最大 %3 MB，保留%4</translation>
        </message>
        <message>
            <source>on</source>
            <translation>已开启</translation>
        </message>
        <message>
            <source>off</source>
            <translation>已关闭</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>for ever</source>
            <translation>永久</translation>
        </message>
        <message>
            <source>taskid	state	bytes	attempts	file or error</source>
            <translation>taskid	状态	字节数	尝试次数	文件或错误</translation>
        </message>
        <message>
            <source>%1: stored %2</source>
            <translation>%1：已保存 %2</translation>
        </message>
        <message>
            <source>%1: %2 (final)</source>
            <translation>%1：%2（不再重试）</translation>
        </message>
        <message>
            <source>%1: %2 (will retry later)</source>
            <translation>%1：%2（稍后重试）</translation>
        </message>
        <message>
            <source>%1 stored, %2 failed, %3 waiting for a retry, %4 removed by retention.</source>
            <translation>已保存 %1 个，失败 %2 个，%3 个等待重试，保留策略删除 %4 个。</translation>
        </message>
        <message>
            <source>retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever
How long real numbers of ended bindings and their calls are kept, per profile; apply erases older ones now (masked form and a keyed hash stay).</source>
            <translation>retention show | apply [--older-than 天数] [--dry-run] | set 天数|forever
按账号配置设定已结束绑定及其通话的真实号码保留多久；apply 立即清除更早的号码（保留打码形式和带密钥的哈希）。</translation>
        </message>
        <message>
            <source>apply: erase what ended more than DAYS ago, whatever the policies say.</source>
            <translation>apply：清除结束超过指定天数的记录，不论保留策略如何设定。</translation>
        </message>
        <message>
            <source>apply: only count what would be erased.</source>
            <translation>apply：只统计将被清除的数量。</translation>
        </message>
        <message>
            <source>The vault's master password, from this file (apply).</source>
            <translation>从此文件读取保管库主密码（apply）。</translation>
        </message>
        <message>
            <source>Use: pnctl retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever (with --profile).</source>
            <translation>用法：pnctl retention show | apply [--older-than 天数] [--dry-run] | set 天数|forever（配合 --profile）。</translation>
        </message>
        <message>
            <source>No profile called %1.</source>
            <translation>不存在名为“%1”的账号配置。</translation>
        </message>
        <message>
            <source>retention set needs --profile NAME.</source>
            <translation>retention set 需要 --profile 名称。</translation>
        </message>
        <message>
            <source>Retention: a number of days (1 or more) or "forever".</source>
            <translation>保留期限：天数（1 或以上）或“forever”。</translation>
        </message>
        <message>
            <source>Real numbers of ended bindings are kept %1 days.</source>
            <translation>已结束绑定的真实号码保留 %1 天。</translation>
        </message>
        <message>
            <source>Real numbers of ended bindings are kept forever.</source>
            <translation>已结束绑定的真实号码永久保留。</translation>
        </message>
        <message>
            <source>--older-than must be a number of days.</source>
            <translation>--older-than 必须是天数。</translation>
        </message>
        <message>
            <source>Cannot read the key of the number hashes: %1</source>
            <translation>无法读取号码哈希的密钥：%1</translation>
        </message>
        <message>
            <source>profile	keeps real numbers</source>
            <translation>账号配置	真实号码保留</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>forever</source>
            <translation>永久</translation>
        </message>
        <message>
            <source>Due now: %1 bindings, %2 call records.</source>
            <translation>当前到期：%1 条绑定，%2 条话单。</translation>
        </message>
        <message>
            <source>Would erase the real numbers of %1 bindings and %2 call records.</source>
            <translation>将清除 %1 条绑定和 %2 条话单的真实号码。</translation>
        </message>
        <message>
            <source>Erased the real numbers of %1 bindings, %2 call records and %3 request-log lines. Ledger file: %4 MB before, %5 MB after.</source>
            <translation>已清除 %1 条绑定、%2 条话单和 %3 行请求日志中的真实号码。台账文件：清除前 %4 MB，清除后 %5 MB。</translation>
        </message>
        <message>
            <source>The write-ahead log could not be truncated (another program has the ledger open); it is truncated at its next checkpoint.</source>
            <translation>无法截断预写日志（WAL）（另一个程序正打开台账）；将在下一次检查点时截断。</translation>
        </message>
        <message>
            <source>Bring the schema up to this program's version.</source>
            <translation>将架构升级到本程序的版本。</translation>
        </message>
        <message>
            <source>Usage: pnctl [--ledger URL] ledger migrate [--json]</source>
            <translation>用法：pnctl [--ledger 地址] ledger migrate [--json]</translation>
        </message>
        <message>
            <source>Ledger %1: schema version %2 (this program's: %3).</source>
            <translation>台账 %1：架构版本 %2（本程序的版本：%3）。</translation>
        </message>
        <message>
            <source>Folder of this desk's files (and of the ledger without --ledger).</source>
            <translation>本工位文件所在的文件夹（未给 --ledger 时也是台账所在的文件夹）。</translation>
        </message>
        <message>
            <source>The ledger: a folder or postgresql://USER@HOST:PORT/DB?sslmode=…; else $PN_LEDGER. No password in it.</source>
            <translation>台账：一个文件夹或 postgresql://用户@主机:端口/数据库?sslmode=…；否则使用 $PN_LEDGER。其中不得含密码。</translation>
        </message>
        <message>
            <source>the secret store holds no hash key</source>
            <translation>密钥存储中没有哈希密钥</translation>
        </message>
        <message>
            <source>Warning: bindings whose real numbers retention erased are found by their full number only with the key of the number hashes, which could not be read (%1); they are left out. Give the vault password (PN_VAULT_PASSWORD_FILE) or unlock the keychain, or search by subid.</source>
            <translation>警告：真实号码已被保留策略清除的绑定关系，只有凭号码哈希的密钥才能按完整号码找到，但无法读取该密钥（%1）；这些绑定关系未列出。请提供保管库密码（PN_VAULT_PASSWORD_FILE）或解锁系统钥匙串，或按 subid 搜索。</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n recording file(s) of erased calls.</source>
            <translation>
                <numerusform>已删除已清除通话的 %n 个录音文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Show who did what: the audit log of the ledger, newest first. Every row names the desk (OS user @ host, or $PN_DESK) and the profile.</source>
            <translation>显示谁做了什么：台账的审计日志，最新的在前。每一行都注明坐席（操作系统用户 @ 主机名，或 $PN_DESK）和配置。</translation>
        </message>
        <message>
            <source>Only the rows of this desk (user@host), or of this user at any host.</source>
            <translation>只显示该坐席（用户@主机）的记录，或该用户在任意主机上的记录。</translation>
        </message>
        <message>
            <source>Only these actions (comma-separated), e.g. bind,release.</source>
            <translation>只显示这些操作（以逗号分隔），例如 bind,release。</translation>
        </message>
        <message>
            <source>Only rows at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</source>
            <translation>只显示 TIME 及之后的记录："2026-12-02 10:00"、Unix 秒数，或 30m、2h、7d 这样的时长。</translation>
        </message>
        <message>
            <source>Only rows at or before TIME (same forms as --since).</source>
            <translation>只显示 TIME 及之前的记录（格式同 --since）。</translation>
        </message>
        <message>
            <source>At most N rows (default 1000; 0 = all).</source>
            <translation>最多 N 行（默认 1000；0 = 全部）。</translation>
        </message>
        <message>
            <source>--limit must be 0 or a positive number.</source>
            <translation>--limit 必须为 0 或正数。</translation>
        </message>
        <message>
            <source>--%1: cannot read "%2"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</source>
            <translation>--%1：无法识别“%2”；请使用 "2026-12-02 10:00"、Unix 秒数，或 30m、2h、7d 这样的时长。</translation>
        </message>
        <message>
            <source>time	desk	profile	action	detail	program</source>
            <translation>时间	坐席	配置	操作	详情	程序</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>%1: %2 (not asked: nobody can answer; taken as no)</source>
            <translation>%1：%2（未询问：无人可以回答，按“否”处理）</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>The key of profile "%1" is kept in the %2, but this program is using the %3. Choose that backend (--secret-backend %4) or store the key again.</source>
            <translation>账号配置“%1”的密钥保存在%2中，但本程序当前使用的是%3。请选择该存储方式 (--secret-backend %4)，或重新保存密钥。</translation>
        </message>
        <message>
            <source>No auth key is stored for profile "%1"; set it with "pnctl profile edit %1 --key-stdin".</source>
            <translation>账号配置“%1”没有保存认证密钥；请用“pnctl profile edit %1 --key-stdin”设置。</translation>
        </message>
        <message>
            <source>Cannot read the auth key of profile "%1": %2</source>
            <translation>无法读取账号配置“%1”的认证密钥：%2</translation>
        </message>
        <message>
            <source>Cannot read the callback token of profile "%1": %2</source>
            <translation>无法读取账号配置“%1”的回调令牌：%2</translation>
        </message>
        <message>
            <source>Auth key (authKey) is required.</source>
            <translation>认证密钥 (authKey) 为必填项。</translation>
        </message>
        <message>
            <source>The profile "%1" was removed, but its secrets could not be: %2</source>
            <translation>账号配置“%1”已删除，但无法删除其密钥：%2</translation>
        </message>
        <message>
            <source>Cannot write to the ledger: %1</source>
            <translation>无法写入台账：%1</translation>
        </message>
        <message>
            <source>Adding the profile "%1" took too long and was undone; add it again.</source>
            <translation>添加账号配置“%1”耗时过长，已撤销；请重新添加。</translation>
        </message>
        <message>
            <source>Cannot read the ledger: %1</source>
            <translation>无法读取台账：%1</translation>
        </message>
        <message>
            <source>Import stopped: no key was entered for "%1".</source>
            <translation>导入已停止：未输入“%1”的认证密钥。</translation>
        </message>
        <message>
            <source>Import stopped: no callback token was entered for "%1".</source>
            <translation>导入已停止：未输入“%1”的回调令牌。</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>This system cannot decode %1 text; save the file as UTF-8.</source>
            <translation>本系统无法解码 %1 文本；请将文件另存为 UTF-8。</translation>
        </message>
        <message>
            <source>Row %1 (line %2) has a byte that is not valid %3: save the file as UTF-8 or choose the right encoding.</source>
            <translation>第 %1 行（文件第 %2 行）含有不合法的 %3 字节：请将文件另存为 UTF-8，或选择正确的编码。</translation>
        </message>
        <message>
            <source>Row %1 (line %2): a quoted field is not closed before the end of the file.</source>
            <translation>第 %1 行（文件第 %2 行）：引号括起的字段直到文件末尾都没有结束。</translation>
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
        <name>ExportText</name>
        <message>
            <source>Write the ledger's bindings, transfers, call records or request log to a CSV file (UTF-8 with BOM). Real numbers are masked unless --reveal is given; a reveal is written to the audit log.</source>
            <translation>将台账中的绑定关系、转接、话单或请求日志写入 CSV 文件（带 BOM 的 UTF-8）。除非指定 --reveal，真实号码均会打码；显示真实号码会写入审计日志。</translation>
        </message>
        <message>
            <source>bindings, transfers, calls or requests.</source>
            <translation>bindings、transfers、calls 或 requests。</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>要写入的 CSV 文件。</translation>
        </message>
        <message>
            <source>bindings and transfers: pending, active, released, expired or failed; calls: a result such as answered; requests: ok or an error code.</source>
            <translation>bindings 和 transfers：pending、active、released、expired 或 failed；calls：通话结果，例如 answered；requests：ok 或错误码。</translation>
        </message>
        <message>
            <source>From this time on (YYYY-MM-DD[ HH:MM[:SS]], local time).</source>
            <translation>从此时间起（YYYY-MM-DD[ HH:MM[:SS]]，本地时间）。</translation>
        </message>
        <message>
            <source>Before this time.</source>
            <translation>早于此时间。</translation>
        </message>
        <message>
            <source>Write the real numbers unmasked (audited).</source>
            <translation>写入未打码的真实号码（记入审计日志）。</translation>
        </message>
        <message>
            <source>Use: export bindings|transfers|calls|requests --out FILE.csv.</source>
            <translation>用法：export bindings|transfers|calls|requests --out FILE.csv。</translation>
        </message>
        <message>
            <source>--state of requests must be ok or an error code such as 1105.</source>
            <translation>requests 的 --state 须为 ok 或错误码，例如 1105。</translation>
        </message>
        <message>
            <source>export needs --out FILE.csv.</source>
            <translation>export 需要 --out FILE.csv。</translation>
        </message>
        <message>
            <source>--%1 is not a time: %2</source>
            <translation>--%1 不是有效时间：%2</translation>
        </message>
        <message>
            <source>--state must be pending, active, released, expired or failed.</source>
            <translation>--state 必须是 pending、active、released、expired 或 failed。</translation>
        </message>
        <message>
            <source>There is no profile named %1.</source>
            <translation>没有名为 %1 的账号配置。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot read the ledger: %1</source>
            <translation>无法读取台账：%1</translation>
        </message>
        <message>
            <source>%1 rows written to %2%3.</source>
            <translation>已将 %1 行写入 %2%3。</translation>
        </message>
        <message>
            <source> with the real numbers (recorded in the audit log)</source>
            <translation>，含真实号码（已记入审计日志）</translation>
        </message>
        <message>
            <source>, real numbers masked</source>
            <translation>，真实号码已打码</translation>
        </message>
    </context>
    <context>
        <name>FormHelpers</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n 秒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>Never expires (valid until released).</source>
            <translation>永不过期（解绑前一直有效）。</translation>
        </message>
        <message>
            <source>Expires %1 (in %2).</source>
            <translation>到期时间 %1（%2后）。</translation>
        </message>
        <message>
            <source>The platform refused: %1.</source>
            <translation>平台拒绝了请求：%1。</translation>
        </message>
        <message>
            <source>It said: “%1”</source>
            <translation>平台说明：“%1”</translation>
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
        <name>KeychainSecretStore</name>
        <message>
            <source>No D-Bus session bus: %1</source>
            <translation>没有 D-Bus 会话总线：%1</translation>
        </message>
        <message>
            <source>No Secret Service (%1) on the D-Bus session bus.</source>
            <translation>D-Bus 会话总线上没有 Secret Service (%1)。</translation>
        </message>
        <message>
            <source>The OS keychain did not answer within %1 s.</source>
            <translation>系统钥匙串在 %1 秒内没有响应。</translation>
        </message>
        <message>
            <source>The OS keychain has no entry %1.</source>
            <translation>系统钥匙串中没有条目 %1。</translation>
        </message>
        <message>
            <source>The OS keychain failed to read %1: %2</source>
            <translation>系统钥匙串读取 %1 失败：%2</translation>
        </message>
        <message>
            <source>The OS keychain failed to store %1: %2</source>
            <translation>系统钥匙串保存 %1 失败：%2</translation>
        </message>
        <message>
            <source>The OS keychain failed to remove %1: %2</source>
            <translation>系统钥匙串删除 %1 失败：%2</translation>
        </message>
        <message>
            <source>The Secret Service (%1) is installed but did not start within %2 s.</source>
            <translation>Secret Service（%1）已安装，但未在 %2 秒内启动。</translation>
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
        <name>LedgerAccess</name>
        <message>
            <source>Password of %1 for the ledger %2: </source>
            <translation>台账 %2 的用户 %1 的密码：</translation>
        </message>
        <message>
            <source>%1
The ledger server wants a password: save it in the console (File → Open ledger…), put it in PGPASSFILE (~/.pgpass), or run pnctl on a terminal to be asked.</source>
            <translation>%1
台账服务器需要密码：请在控制台中保存（文件 → 打开台账…），或写入 PGPASSFILE (~/.pgpass)，或在终端中运行 pnctl 以便输入。</translation>
        </message>
        <message>
            <source>The team server's certificate is not signed by the authority in the CA file (sslrootcert): choose the CA file that signed it in File → Open ledger…, or ask the server's administrator for it.
%1</source>
            <translation>团队服务器的证书不是由 CA 文件（sslrootcert）中的证书颁发机构签发的：请在“文件 → 打开台账…”中选择签发它的 CA 文件，或向服务器管理员索取。
%1</translation>
        </message>
        <message>
            <source>The team server's certificate is for another name than the host in the ledger's address: connect by the name on the certificate (sslmode=verify-full checks it), or use sslmode=verify-ca to check the authority only.
%1</source>
            <translation>团队服务器的证书所写的名称与台账地址中的主机名不一致：请使用证书上的名称连接（sslmode=verify-full 会核对它），或改用 sslmode=verify-ca 只核对证书颁发机构。
%1</translation>
        </message>
        <message>
            <source>The CA file (sslrootcert) of the ledger's address cannot be read: choose an existing CA file in File → Open ledger….
%1</source>
            <translation>无法读取台账地址中的 CA 文件（sslrootcert）：请在“文件 → 打开台账…”中选择一个存在的 CA 文件。
%1</translation>
        </message>
        <message>
            <source>The team server does not offer TLS, but the ledger's address asks for it (sslmode): turn TLS on at the server, or ask its administrator.
%1</source>
            <translation>团队服务器不提供 TLS，但台账地址要求使用 TLS（sslmode）：请在服务器上启用 TLS，或联系其管理员。
%1</translation>
        </message>
    </context>
    <context>
        <name>LedgerLocation</name>
        <message>
            <source>No ledger given: name a folder or a postgresql:// address.</source>
            <translation>未指定台账：请给出一个文件夹或 postgresql:// 地址。</translation>
        </message>
        <message>
            <source>Not a valid ledger address: %1</source>
            <translation>不是有效的台账地址：%1</translation>
        </message>
        <message>
            <source>The ledger address %1 contains a password. Leave it out: the password comes from the secret store (File → Open ledger… in the console), PGPASSFILE or a prompt.</source>
            <translation>台账地址 %1 中含有密码。请去掉密码：密码应来自密钥存储（控制台的“文件 → 打开台账…”）、PGPASSFILE 或输入提示。</translation>
        </message>
        <message>
            <source>The ledger address %1 names no host.</source>
            <translation>台账地址 %1 没有指定主机。</translation>
        </message>
        <message>
            <source>The ledger address %1 names no user (postgresql://USER@HOST/DB).</source>
            <translation>台账地址 %1 没有指定用户 (postgresql://用户@主机/数据库)。</translation>
        </message>
        <message>
            <source>The ledger address %1 names no database (postgresql://USER@HOST/DB).</source>
            <translation>台账地址 %1 没有指定数据库 (postgresql://用户@主机/数据库)。</translation>
        </message>
        <message>
            <source>Unknown sslmode %1; use one of %2.</source>
            <translation>未知的 sslmode %1；请使用 %2 之一。</translation>
        </message>
        <message>
            <source>The CA certificate %1 (sslrootcert) does not exist.</source>
            <translation>CA 证书 %1 (sslrootcert) 不存在。</translation>
        </message>
        <message>
            <source>Unknown ledger address option %1 (known: sslmode, sslrootcert).</source>
            <translation>未知的台账地址选项 %1（支持：sslmode、sslrootcert）。</translation>
        </message>
    </context>
    <context>
        <name>LedgerSchema</name>
        <message>
            <source>Ledger database error: %1 (in: %2)</source>
            <translation>台账数据库错误：%1（语句：%2）</translation>
        </message>
        <message>
            <source>Cannot read the ledger's schema version: %1</source>
            <translation>无法读取台账的结构版本：%1</translation>
        </message>
        <message>
            <source>The ledger was written by a newer version of this program (schema %1, this program knows %2). Update the program.</source>
            <translation>该台账由本程序的较新版本写入（结构版本 %1，本程序只支持到 %2）。请更新程序。</translation>
        </message>
        <message>
            <source>This database role may not create the ledger's schema (%1). Let the administrator run `pnctl ledger migrate` as the schema's owner first.</source>
            <translation>此数据库角色无权创建台账的架构（%1）。请管理员先以架构所有者身份运行 `pnctl ledger migrate`。</translation>
        </message>
        <message>
            <source>The ledger's schema is at version %1 and this program needs %2, but this database role may not change the schema (%3). Let the administrator run `pnctl ledger migrate` as the schema's owner.</source>
            <translation>台账的架构版本为 %1，本程序需要 %2，但此数据库角色无权修改架构（%3）。请管理员以架构所有者身份运行 `pnctl ledger migrate`。</translation>
        </message>
    </context>
    <context>
        <name>ListenText</name>
        <message>
            <source>Receive CDR and call-start callbacks into the ledger.</source>
            <translation>接收话单和始呼回调并写入台账。</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>监听地址（默认 127.0.0.1）。</translation>
        </message>
        <message>
            <source>Port to listen on (default 0: any free port).</source>
            <translation>监听端口（默认 0：任意空闲端口）。</translation>
        </message>
        <message>
            <source>File holding the shared secret callbacks must carry in X-PN-Token or ?token= (else $PN_CALLBACK_TOKEN; none = no token).</source>
            <translation>保存共享密钥的文件，回调须在 X-PN-Token 头或 ?token= 中携带该密钥（否则读取 $PN_CALLBACK_TOKEN；都没有则不校验）。</translation>
        </message>
        <message>
            <source>Comma-separated addresses or subnets allowed to send (default: all).</source>
            <translation>允许发送回调的地址或网段，以逗号分隔（默认：全部）。</translation>
        </message>
        <message>
            <source>Flush every group commit to disk (SQLite synchronous=FULL).</source>
            <translation>每次批量提交都刷写到磁盘（SQLite synchronous=FULL）。</translation>
        </message>
        <message>
            <source>Not an address: %1</source>
            <translation>不是有效地址：%1</translation>
        </message>
        <message>
            <source>Not a port: %1</source>
            <translation>不是有效端口：%1</translation>
        </message>
        <message>
            <source>%1 %2 from %3: %4</source>
            <translation>%1 %2 来自 %3：%4</translation>
        </message>
        <message>
            <source> (duplicate)</source>
            <translation>（重复）</translation>
        </message>
        <message>
            <source>Cannot set up signal handling.</source>
            <translation>无法设置信号处理。</translation>
        </message>
        <message>
            <source>Listening for callbacks on %1 (POST /cdr, /callstart, /callback); ledger %2. Stop with Ctrl+C.</source>
            <translation>正在 %1 监听回调（POST /cdr、/callstart、/callback）；台账 %2。按 Ctrl+C 停止。</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <source>No profile called %1.</source>
            <translation>不存在名为“%1”的账号配置。</translation>
        </message>
        <message>
            <source>Print one line per accepted callback and per cut connection.</source>
            <translation>每个接受的回调和每个被切断的连接各输出一行。</translation>
        </message>
        <message>
            <source>Listen beyond loopback without a token or allow-list (not advised).</source>
            <translation>在回环地址以外监听且不要求令牌或白名单（不建议）。</translation>
        </message>
        <message>
            <source>Seconds a request's header may take (default 10).</source>
            <translation>请求头允许的秒数（默认 10）。</translation>
        </message>
        <message>
            <source>Seconds a whole request may take (default 30).</source>
            <translation>整个请求允许的秒数（默认 30）。</translation>
        </message>
        <message>
            <source>Seconds a connection may stay silent (default 60).</source>
            <translation>连接允许空闲的秒数（默认 60）。</translation>
        </message>
        <message>
            <source>Connections held at once (default 0: the descriptor limit − 64, at most 4096).</source>
            <translation>同时保持的连接数（默认 0：文件描述符上限 − 64，最多 4096）。</translation>
        </message>
        <message>
            <source>--%1 wants seconds between 0 and 86400, not %2.</source>
            <translation>--%1 需要 0 到 86400 之间的秒数，而不是 %2。</translation>
        </message>
        <message>
            <source>Not a number of connections: %1</source>
            <translation>不是有效的连接数：%1</translation>
        </message>
        <message>
            <source>WARNING: listening on %1 accepts connections from other machines. Qt HTTP Server is meant for trusted networks: put the TLS proxy of resources/deploy/ in front of it.</source>
            <translation>警告：在 %1 上监听会接受来自其他机器的连接。Qt HTTP Server 仅适用于可信网络：请在其前面部署 resources/deploy/ 中的 TLS 代理。</translation>
        </message>
        <message>
            <source>Refusing to listen on %1 with neither a token (--token-file, $PN_CALLBACK_TOKEN) nor an allow-list (--allow); give --insecure-open to do it anyway.</source>
            <translation>拒绝在 %1 上监听：既没有令牌（--token-file、$PN_CALLBACK_TOKEN）也没有白名单（--allow）；如仍要监听，请加 --insecure-open。</translation>
        </message>
        <message>
            <source>WARNING: no token and no allow-list: anyone who reaches this port can store call records.</source>
            <translation>警告：没有令牌也没有白名单：任何能访问此端口的人都可以写入话单。</translation>
        </message>
        <message>
            <source>cut: %1 (%2 open of %3; %4 cut so far)</source>
            <translation>已切断：%1（%2/%3 个连接打开；累计切断 %4 个）</translation>
        </message>
        <message>
            <source>Limits: header %1 bytes, body %2 bytes, header timeout %3 s, request timeout %4 s, idle timeout %5 s, %6 connections.</source>
            <translation>限制：请求头 %1 字节，请求体 %2 字节，请求头超时 %3 秒，请求超时 %4 秒，空闲超时 %5 秒，%6 个连接。</translation>
        </message>
        <message>
            <source>Connections: %1 accepted; cut: %2 header timeouts, %3 request timeouts, %4 idle, %5 closed at the cap, %6 refused, %7 too large, %8 headers too large, %9 malformed.</source>
            <translation>连接：接受 %1 个；切断：请求头超时 %2 个，请求超时 %3 个，空闲 %4 个，达到上限时关闭 %5 个，拒绝 %6 个，过大 %7 个，请求头过大 %8 个，格式错误 %9 个。</translation>
        </message>
        <message>
            <source>Also download the recording of each CDR that has one, for profiles whose recording policy is on (pnctl recordings policy), on a thread of its own; the retention is applied every hour.</source>
            <translation>同时下载每条带录音的话单的录音（仅限录音策略已开启的配置，见 pnctl recordings policy），在单独的线程中进行；每小时执行一次保留策略。</translation>
        </message>
        <message>
            <source>With --fetch-recordings: queue at start only the recordings of calls that began at or after TIME ("2026-12-02 10:00", epoch seconds or an age such as 2h, 7d; default: every one not fetched yet).</source>
            <translation>与 --fetch-recordings 一起使用：启动时只排队开始于 TIME 或之后的通话的录音（"2026-12-02 10:00"、纪元秒数，或 2h、7d 这样的时长；默认：所有尚未下载的录音）。</translation>
        </message>
        <message>
            <source>With --fetch-recordings: seconds before the first retry of a failed download, doubling up to 6 hours (default 60).</source>
            <translation>与 --fetch-recordings 一起使用：下载失败后第一次重试前等待的秒数，之后逐次加倍，最长 6 小时（默认 60）。</translation>
        </message>
        <message>
            <source>--fetch-since and --fetch-backoff go with --fetch-recordings.</source>
            <translation>--fetch-since 和 --fetch-backoff 须与 --fetch-recordings 一起使用。</translation>
        </message>
        <message>
            <source>--fetch-since: cannot read "%1"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</source>
            <translation>--fetch-since：无法识别“%1”；请使用 "2026-12-02 10:00"、纪元秒数，或 30m、2h、7d 这样的时长。</translation>
        </message>
        <message>
            <source>--fetch-backoff wants seconds between 0 and 21600, not %1.</source>
            <translation>--fetch-backoff 需要 0 到 21600 之间的秒数，而不是 %1。</translation>
        </message>
        <message>
            <source>WARNING: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>recording %1: stored %2</source>
            <translation>录音 %1：已保存到 %2</translation>
        </message>
        <message>
            <source>recording %1: %2 (final)</source>
            <translation>录音 %1：%2（不再重试）</translation>
        </message>
        <message>
            <source>recording %1: %2 (will retry)</source>
            <translation>录音 %1：%2（稍后重试）</translation>
        </message>
        <message>
            <source>recordings: %1</source>
            <translation>录音：%1</translation>
        </message>
        <message>
            <source>Fetching recordings into %1.</source>
            <translation>录音下载到 %1。</translation>
        </message>
        <message>
            <source>Recordings: %1 stored, %2 failed attempts, %3 removed by retention.</source>
            <translation>录音：已保存 %1 个，失败 %2 次，按保留策略删除 %3 个。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
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
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>配置：</translation>
        </message>
        <message>
            <source>New binding</source>
            <translation>新建绑定</translation>
        </message>
        <message>
            <source>New transfer</source>
            <translation>新建转接</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;New binding (AXB)…</source>
            <translation>新建绑定关系（AXB）(&amp;N)…</translation>
        </message>
        <message>
            <source>New &amp;transfer (XA)…</source>
            <translation>新建转接（XA）(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find binding</source>
            <translation>查找绑定关系(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Release selected…</source>
            <translation>解绑所选(&amp;R)…</translation>
        </message>
        <message>
            <source>Copy &amp;subid</source>
            <translation>复制 subid(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Reveal real numbers for this session</source>
            <translation>本次会话显示真实号码(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Mask all numbers again</source>
            <translation>重新隐藏全部号码(&amp;M)</translation>
        </message>
        <message>
            <source>Show the full A and B numbers in every table until the console closes (each reveal is audited)</source>
            <translation>在控制台关闭前，所有表格中显示完整的 A、B 号码（每次显示都会记入审计日志）</translation>
        </message>
    </context>
    <context>
        <name>ProfileCli</name>
        <message>
            <source>Master password for %1: </source>
            <translation>%1 的主密码：</translation>
        </message>
        <message>
            <source>New master password for %1: </source>
            <translation>%1 的新主密码：</translation>
        </message>
        <message>
            <source>Repeat the master password: </source>
            <translation>再次输入主密码：</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>production, test or sandbox.</source>
            <translation>production、test 或 sandbox。</translation>
        </message>
        <message>
            <source>Platform address, e.g. https://api.example.com.</source>
            <translation>平台地址，例如 https://api.example.com。</translation>
        </message>
        <message>
            <source>Developer ID.</source>
            <translation>开发者 ID。</translation>
        </message>
        <message>
            <source>APP ID (repeat or separate with commas).</source>
            <translation>APP ID（可重复给出或用逗号分隔）。</translation>
        </message>
        <message>
            <source>Default APP ID.</source>
            <translation>默认 APP ID。</translation>
        </message>
        <message>
            <source>X number (repeat or separate with commas).</source>
            <translation>X 号码（可重复给出或用逗号分隔）。</translation>
        </message>
        <message>
            <source>Extra trusted CA file (PEM).</source>
            <translation>额外信任的 CA 文件 (PEM)。</translation>
        </message>
        <message>
            <source>Allow an http:// address.</source>
            <translation>允许使用 http:// 地址。</translation>
        </message>
        <message>
            <source>Refuse http:// again (edit).</source>
            <translation>重新禁止 http://（edit）。</translation>
        </message>
        <message>
            <source>Timeout per request.</source>
            <translation>每个请求的超时时间。</translation>
        </message>
        <message>
            <source>Client-side limit, requests per second (0 = none).</source>
            <translation>客户端速率限制，每秒请求数（0 = 不限制）。</translation>
        </message>
        <message>
            <source>Warn below this balance (yuan).</source>
            <translation>账号余额低于此值（元）时提醒。</translation>
        </message>
        <message>
            <source>Callback receiver address.</source>
            <translation>回调接收地址。</translation>
        </message>
        <message>
            <source>Callback receiver port.</source>
            <translation>回调接收端口。</translation>
        </message>
        <message>
            <source>Addresses or subnets allowed to call back (commas).</source>
            <translation>允许回调的地址或网段（逗号分隔）。</translation>
        </message>
        <message>
            <source>File holding the auth key ('-' for stdin).</source>
            <translation>存放认证密钥的文件（'-' 表示标准输入）。</translation>
        </message>
        <message>
            <source>Read the auth key from standard input.</source>
            <translation>从标准输入读取认证密钥。</translation>
        </message>
        <message>
            <source>File holding the callback shared-secret token.</source>
            <translation>存放回调共享令牌的文件。</translation>
        </message>
        <message>
            <source>Remove the callback token (edit).</source>
            <translation>删除回调令牌（edit）。</translation>
        </message>
        <message>
            <source>New name (edit).</source>
            <translation>新名称（edit）。</translation>
        </message>
        <message>
            <source>--%1 needs a number.</source>
            <translation>--%1 需要一个数字。</translation>
        </message>
        <message>
            <source>--env must be production, test or sandbox.</source>
            <translation>--env 必须是 production、test 或 sandbox。</translation>
        </message>
        <message>
            <source>--callback-port must be between 0 and 65535.</source>
            <translation>--callback-port 必须在 0 到 65535 之间。</translation>
        </message>
        <message>
            <source>Give either --key-file or --key-stdin, not both.</source>
            <translation>--key-file 和 --key-stdin 只能给出其中一个。</translation>
        </message>
        <message>
            <source>Secrets are kept in: %1 (%2)</source>
            <translation>密钥保存在：%1（%2）</translation>
        </message>
        <message>
            <source>No profiles.</source>
            <translation>没有账号配置。</translation>
        </message>
        <message>
            <source>key: %1</source>
            <translation>密钥：%1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>接口地址</translation>
        </message>
        <message>
            <source>Developer ID</source>
            <translation>开发者 ID</translation>
        </message>
        <message>
            <source>APP IDs</source>
            <translation>APP ID</translation>
        </message>
        <message>
            <source>Default APP ID</source>
            <translation>默认 APP ID</translation>
        </message>
        <message>
            <source>X numbers</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA 文件</translation>
        </message>
        <message>
            <source>Plain HTTP allowed</source>
            <translation>允许明文 HTTP</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>超时时间</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>Rate limit</source>
            <translation>速率限制</translation>
        </message>
        <message>
            <source>%1 per second</source>
            <translation>每秒 %1 次</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Low-balance warning</source>
            <translation>余额不足提醒</translation>
        </message>
        <message>
            <source>Callback receiver</source>
            <translation>回调接收</translation>
        </message>
        <message>
            <source>Callback allow-list</source>
            <translation>回调白名单</translation>
        </message>
        <message>
            <source>Callback token</source>
            <translation>回调令牌</translation>
        </message>
        <message>
            <source>set (not shown)</source>
            <translation>已设置（不显示）</translation>
        </message>
        <message>
            <source>Auth key</source>
            <translation>认证密钥</translation>
        </message>
        <message>
            <source>kept in the %1 (not shown)</source>
            <translation>保存在%1中（不显示）</translation>
        </message>
        <message>
            <source>A new profile needs its auth key: --key-file FILE or --key-stdin.</source>
            <translation>新账号配置需要认证密钥：--key-file 文件 或 --key-stdin。</translation>
        </message>
        <message>
            <source>Profile "%1" added.</source>
            <translation>已添加账号配置“%1”。</translation>
        </message>
        <message>
            <source>Profile "%1" saved.</source>
            <translation>已保存账号配置“%1”。</translation>
        </message>
        <message>
            <source>Profile "%1" removed.</source>
            <translation>已删除账号配置“%1”。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) exported to %1 (without keys).</source>
            <translation>
                <numerusform>已将 %n 个账号配置导出到 %1（不含密钥）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>No key was given for profile "%1"; import stopped.</source>
            <translation>未提供账号配置“%1”的密钥，导入已停止。</translation>
        </message>
        <message>
            <source>Auth key for profile "%1" (not shown): </source>
            <translation>账号配置“%1”的认证密钥（输入不显示）：</translation>
        </message>
        <message>
            <source>Callback token for profile "%1" (not shown): </source>
            <translation>账号配置“%1”的回调令牌（输入不显示）：</translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) imported.</source>
            <translation>
                <numerusform>已导入 %n 个账号配置。</numerusform>
            </translation>
        </message>
        <message>
            <source>Keys are never accepted on the command line (other users can see it in the process list). Use --key-file FILE or --key-stdin.</source>
            <translation>从不接受在命令行中给出的密钥（其他用户能在进程列表中看到）。请使用 --key-file 文件 或 --key-stdin。</translation>
        </message>
        <message>
            <source>Folder of the ledger.</source>
            <translation>台账所在的文件夹。</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>输出 JSON。</translation>
        </message>
        <message>
            <source>auto, keychain or vault.</source>
            <translation>auto、keychain 或 vault。</translation>
        </message>
        <message>
            <source>File holding the vault's master password.</source>
            <translation>存放保险库主密码的文件。</translation>
        </message>
        <message>
            <source>Remove even with active bindings.</source>
            <translation>即使仍有生效中的绑定关系也删除。</translation>
        </message>
        <message>
            <source>Write to this file.</source>
            <translation>写入此文件。</translation>
        </message>
        <message>
            <source>Folder with NAME.key (and NAME.token) files.</source>
            <translation>存放 名称.key（及 名称.token）文件的文件夹。</translation>
        </message>
        <message>
            <source>Wrong number of arguments.</source>
            <translation>参数个数不正确。</translation>
        </message>
        <message>
            <source>Unknown profile subcommand: %1</source>
            <translation>未知的 profile 子命令：%1</translation>
        </message>
        <message>
            <source>The secrets are kept in the %1; it has no master password to change here.</source>
            <translation>密钥保存在%1中，这里没有可修改的主密码。</translation>
        </message>
        <message>
            <source>The master password of %1 was changed.</source>
            <translation>已修改 %1 的主密码。</translation>
        </message>
        <message>
            <source>Usage: pnctl [--data-dir DIR] profile SUBCOMMAND [options]
  list [--json]                 profiles and the secret backend in use
  show NAME [--json]            one profile (never its key)
  add NAME --url URL --devid ID --appid APP [--env test] (--key-file F | --key-stdin)
  edit NAME [field options] [--key-file F | --key-stdin] [--rename NEW]
  remove NAME [--force]         also removes its key
  export [NAME...] [--out FILE] JSON without any secret
  import FILE [--keys-dir DIR]  asks for each key (or reads DIR/NAME.key)
  vault-password [--new-password-file F]  change the vault's master password
Secret options: --secret-backend auto|keychain|vault, --vault-password-file F
(or $PN_SECRET_BACKEND, $PN_VAULT_PASSWORD_FILE). Keys are never accepted as arguments.
</source>
            <translation>用法：pnctl [--data-dir 目录] profile 子命令 [选项]
  list [--json]                 列出账号配置和当前使用的密钥存储方式
  show 名称 [--json]            显示一个账号配置（从不显示密钥）
  add 名称 --url URL --devid ID --appid APP [--env test] (--key-file 文件 | --key-stdin)
  edit 名称 [字段选项] [--key-file 文件 | --key-stdin] [--rename 新名称]
  remove 名称 [--force]         同时删除其密钥
  export [名称...] [--out 文件] 导出不含任何密钥的 JSON
  import 文件 [--keys-dir 目录] 逐个询问密钥（或读取 目录/名称.key）
  vault-password [--new-password-file 文件]  修改保险库的主密码
密钥选项：--secret-backend auto|keychain|vault，--vault-password-file 文件
（或 $PN_SECRET_BACKEND、$PN_VAULT_PASSWORD_FILE）。从不接受以参数形式给出的密钥。
</translation>
        </message>
        <message>
            <source>File holding the vault's new master password.</source>
            <translation>存放保险库新主密码的文件。</translation>
        </message>
        <message>
            <source>Keep real numbers of ended bindings this many days (or "forever").</source>
            <translation>已结束绑定的真实号码保留的天数（或“forever”表示永久）。</translation>
        </message>
        <message>
            <source>--retention-days: a number of days (1 or more) or "forever".</source>
            <translation>--retention-days：天数（1 或以上）或“forever”。</translation>
        </message>
        <message>
            <source>The ledger: a folder or postgresql://…</source>
            <translation>台账：一个文件夹或 postgresql://…</translation>
        </message>
    </context>
    <context>
        <name>ProfileStore</name>
        <message>
            <source>Production</source>
            <translation>生产</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>沙箱</translation>
        </message>
        <message>
            <source>Name (name) is required.</source>
            <translation>名称 (name) 为必填项。</translation>
        </message>
        <message>
            <source>Name (name) is longer than 64 characters.</source>
            <translation>名称 (name) 超过 64 个字符。</translation>
        </message>
        <message>
            <source>Name (name) must not begin or end with spaces.</source>
            <translation>名称 (name) 的开头和结尾不能有空格。</translation>
        </message>
        <message>
            <source>Name (name): "%1" is reserved for the built-in sandbox.</source>
            <translation>名称 (name)：“%1”保留给内置沙箱使用。</translation>
        </message>
        <message>
            <source>Base URL (base_url) is required.</source>
            <translation>接口地址 (base_url) 为必填项。</translation>
        </message>
        <message>
            <source>Base URL (base_url) must be an http:// or https:// address with a host, such as https://api.example.com.</source>
            <translation>接口地址 (base_url) 必须是带主机名的 http:// 或 https:// 地址，例如 https://api.example.com。</translation>
        </message>
        <message>
            <source>Base URL (base_url) must not contain a user name, query or fragment.</source>
            <translation>接口地址 (base_url) 不能包含用户名、查询参数或片段。</translation>
        </message>
        <message>
            <source>Base URL (base_url) uses plain HTTP; allow plain HTTP (allow_plain_http) explicitly or use https://.</source>
            <translation>接口地址 (base_url) 使用明文 HTTP；请明确允许明文 HTTP (allow_plain_http)，或改用 https://。</translation>
        </message>
        <message>
            <source>Base URL (base_url): a sandbox profile must point at this computer (127.0.0.1).</source>
            <translation>接口地址 (base_url)：沙箱配置必须指向本机 (127.0.0.1)。</translation>
        </message>
        <message>
            <source>Developer ID (devid) is required.</source>
            <translation>开发者 ID (devid) 为必填项。</translation>
        </message>
        <message>
            <source>Developer ID (devid) must not contain spaces or commas and must be at most 64 characters.</source>
            <translation>开发者 ID (devid) 不能包含空格或逗号，且最多 64 个字符。</translation>
        </message>
        <message>
            <source>APP IDs (appids): at least one is required.</source>
            <translation>APP ID (appids)：至少需要一个。</translation>
        </message>
        <message>
            <source>APP IDs (appids): "%1" is empty or contains spaces or commas.</source>
            <translation>APP ID (appids)：“%1”为空或包含空格、逗号。</translation>
        </message>
        <message>
            <source>APP IDs (appids): "%1" is listed twice.</source>
            <translation>APP ID (appids)：“%1”重复出现。</translation>
        </message>
        <message>
            <source>Default APP ID (default_appid) "%1" is not one of the APP IDs.</source>
            <translation>默认 APP ID (default_appid)“%1”不在 APP ID 列表中。</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>CA file (ca_file) %1 cannot be read.</source>
            <translation>无法读取 CA 文件 (ca_file) %1。</translation>
        </message>
        <message>
            <source>Timeout (timeout_ms) must be between 1000 and 300000 ms.</source>
            <translation>超时时间 (timeout_ms) 必须在 1000 到 300000 毫秒之间。</translation>
        </message>
        <message>
            <source>Rate limit (rate_limit) must be between 0 (no limit) and 10000 requests per second.</source>
            <translation>速率限制 (rate_limit) 必须在 0（不限制）到每秒 10000 次请求之间。</translation>
        </message>
        <message>
            <source>Low-balance threshold (low_balance_threshold) must not be negative.</source>
            <translation>余额不足提醒阈值 (low_balance_threshold) 不能为负数。</translation>
        </message>
        <message>
            <source>Callback address (callback_address) must be an IP address such as 127.0.0.1.</source>
            <translation>回调地址 (callback_address) 必须是 IP 地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>Callback allow-list (callback_allow_list): "%1" is not an address or a subnet.</source>
            <translation>回调白名单 (callback_allow_list)：“%1”不是地址或网段。</translation>
        </message>
        <message>
            <source>Cannot read the profiles: %1</source>
            <translation>无法读取账号配置：%1</translation>
        </message>
        <message>
            <source>There is no profile with id %1.</source>
            <translation>不存在 ID 为 %1 的账号配置。</translation>
        </message>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>不存在名为“%1”的账号配置。</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>名为“%1”的账号配置已存在。</translation>
        </message>
        <message>
            <source>Cannot save the profile "%1": %2</source>
            <translation>无法保存账号配置“%1”：%2</translation>
        </message>
        <message>
            <source>The environment of a profile cannot change between sandbox and a real account; create a new profile instead.</source>
            <translation>账号配置的环境不能在沙箱和真实账号之间切换；请新建一个账号配置。</translation>
        </message>
        <message numerus="yes">
            <source>The profile "%1" still has %n pending or active binding(s) or transfer(s). Release them first, or force the removal.</source>
            <translation>
                <numerusform>账号配置“%1”仍有 %n 个待定或生效中的绑定关系或转接。请先释放，或强制删除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot remove the profile: %1</source>
            <translation>无法删除账号配置：%1</translation>
        </message>
        <message>
            <source>Profile "%1": environment (environment) must be production, test or sandbox.</source>
            <translation>账号配置“%1”：环境 (environment) 必须是 production、test 或 sandbox。</translation>
        </message>
        <message>
            <source>Profile "%1": callback port (callback_port) must be between 0 and 65535.</source>
            <translation>账号配置“%1”：回调端口 (callback_port) 必须在 0 到 65535 之间。</translation>
        </message>
        <message>
            <source>Profile "%1": %2</source>
            <translation>账号配置“%1”：%2</translation>
        </message>
        <message>
            <source>This is not a profile export of this program.</source>
            <translation>这不是本程序导出的账号配置文件。</translation>
        </message>
        <message>
            <source>The profile export was written by a newer version of this program.</source>
            <translation>该账号配置文件由更新版本的本程序导出。</translation>
        </message>
        <message>
            <source>The profile "%1" appears twice in the export.</source>
            <translation>账号配置“%1”在导出文件中出现了两次。</translation>
        </message>
        <message>
            <source>The profile "%1" still has %2 and %3. Release them and finish or stop the bulk jobs first, or force the removal.</source>
            <translation>账号配置“%1”仍有%2，以及%3。请先释放它们并完成或停止批量任务，或强制删除。</translation>
        </message>
        <message numerus="yes">
            <source>%n pending or active binding(s) or transfer(s)</source>
            <translation>
                <numerusform> %n 个待定或生效中的绑定关系或转接</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unfinished bulk job(s)</source>
            <translation>
                <numerusform> %n 个未完成的批量任务</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The profile "%1" still has %n unfinished bulk job(s) (running, paused or interrupted). Finish or stop them in the bulk dialog first, or force the removal.</source>
            <translation>
                <numerusform>账号配置“%1”仍有 %n 个未完成的批量任务（运行中、已暂停或被中断）。请先在批量对话框中完成或停止它们，或强制删除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Retention (retention_days) must be at least 1 day, or forever.</source>
            <translation>保留期限（retention_days）至少为 1 天，或设为永久。</translation>
        </message>
    </context>
    <context>
        <name>RecordStates</name>
        <message>
            <source>pending</source>
            <translation>待确认</translation>
        </message>
        <message>
            <source>active</source>
            <translation>生效中</translation>
        </message>
        <message>
            <source>released</source>
            <translation>已释放</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
    </context>
    <context>
        <name>RequestLogTab</name>
        <message>
            <source>Request and response</source>
            <translation>请求与响应</translation>
        </message>
        <message>
            <source>Copy as curl signs the request afresh: the Authorization header is valid for 3 minutes. The auth key itself is never shown or copied.</source>
            <translation>“复制为 curl”会重新签名：Authorization 头 3 分钟内有效。认证密钥本身从不显示，也不会被复制。</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>复制为 curl</translation>
        </message>
        <message>
            <source>Copy this request as a curl command, signed afresh (valid 3 minutes; carries the real numbers, audited)</source>
            <translation>将此请求复制为 curl 命令，重新签名（3 分钟内有效；包含真实号码，记入审计日志）</translation>
        </message>
    </context>
    <context>
        <name>RetentionRecordings</name>
        <message>
            <source>Cannot list the recordings of erased calls: %1</source>
            <translation>无法列出已清除通话的录音：%1</translation>
        </message>
    </context>
    <context>
        <name>SandboxApi</name>
        <message>
            <source>The Authorization header is missing.</source>
            <translation>缺少 Authorization 请求头。</translation>
        </message>
        <message>
            <source>The Authorization header is not well-formed Keytime (Keytime devid,timestamp,signature).</source>
            <translation>Authorization 请求头不是格式正确的 Keytime（Keytime devid,timestamp,signature）。</translation>
        </message>
        <message>
            <source>The developer ID %1 is unknown.</source>
            <translation>开发者 ID %1 不存在。</translation>
        </message>
        <message>
            <source>The signature does not match.</source>
            <translation>签名不匹配。</translation>
        </message>
        <message>
            <source>The timestamp is %1 s away from the platform's clock (at most 180 s are allowed).</source>
            <translation>时间戳与平台时钟相差 %1 秒（最多允许 180 秒）。</translation>
        </message>
        <message>
            <source>The system is under maintenance.</source>
            <translation>系统维护中。</translation>
        </message>
        <message>
            <source>Authentication failed (injected fault).</source>
            <translation>认证失败（注入的故障）。</translation>
        </message>
        <message>
            <source>Too many requests: the rate limit is %1 per second.</source>
            <translation>请求过多：流控限制为每秒 %1 次。</translation>
        </message>
        <message>
            <source>Temporary system failure (injected fault).</source>
            <translation>系统临时故障（注入的故障）。</translation>
        </message>
        <message>
            <source>No API matches %1 %2.</source>
            <translation>没有与 %1 %2 匹配的接口。</translation>
        </message>
        <message>
            <source>The request body must be application/x-www-form-urlencoded.</source>
            <translation>请求体必须是 application/x-www-form-urlencoded 格式。</translation>
        </message>
        <message>
            <source>The request body is not valid UTF-8.</source>
            <translation>请求体不是有效的 UTF-8。</translation>
        </message>
        <message>
            <source>The query string is not valid UTF-8.</source>
            <translation>查询字符串不是有效的 UTF-8。</translation>
        </message>
    </context>
    <context>
        <name>SandboxEngine</name>
        <message>
            <source>The account does not exist.</source>
            <translation>账号不存在。</translation>
        </message>
        <message>
            <source>The account is suspended or closed.</source>
            <translation>账号已停用或已注销。</translation>
        </message>
        <message>
            <source>The appid %1 is not enabled for this account.</source>
            <translation>该账号未开通 appid %1。</translation>
        </message>
        <message>
            <source>The required parameter %1 is missing.</source>
            <translation>缺少必填参数 %1。</translation>
        </message>
        <message>
            <source>The parameter ttl must be a whole number of seconds.</source>
            <translation>参数 ttl 必须是整数秒。</translation>
        </message>
        <message>
            <source>The parameter record must be 0 or 1.</source>
            <translation>参数 record 必须是 0 或 1。</translation>
        </message>
        <message>
            <source>The reqid %1 was already used with other parameters.</source>
            <translation>reqid %1 已用于其他参数的请求（重复提交）。</translation>
        </message>
        <message>
            <source>The account balance is insufficient.</source>
            <translation>账号余额不足。</translation>
        </message>
        <message>
            <source>The X number %1 is not in this account's number pool.</source>
            <translation>X 号码 %1 不在该账号的号码池中。</translation>
        </message>
        <message>
            <source>The number %1 is already bound on X number %2.</source>
            <translation>号码 %1 已在 X 号码 %2 上存在绑定关系。</translation>
        </message>
        <message>
            <source>The system operation failed.</source>
            <translation>系统操作失败。</translation>
        </message>
        <message>
            <source>The parameter appid is empty.</source>
            <translation>参数 appid 为空。</translation>
        </message>
        <message>
            <source>The parameter subid is empty.</source>
            <translation>参数 subid 为空。</translation>
        </message>
        <message>
            <source>No active binding has the subid %1.</source>
            <translation>没有 subid 为 %1 的有效绑定关系。</translation>
        </message>
        <message>
            <source>The parameter display must be 0 or 1.</source>
            <translation>参数 display 必须是 0 或 1。</translation>
        </message>
        <message>
            <source>The X number %1 already has a transfer.</source>
            <translation>X 号码 %1 已有转接。</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>The X number %1 has no transfer.</source>
            <translation>X 号码 %1 没有转接。</translation>
        </message>
        <message>
            <source>The duration must not be negative.</source>
            <translation>通话时长不能为负数。</translation>
        </message>
        <message>
            <source>Give a subid or an X number with a transfer.</source>
            <translation>请提供 subid，或一个已设置转接的 X 号码。</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>主叫号码</translation>
        </message>
        <message>
            <source>The ring time must not be negative.</source>
            <translation>振铃时长不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>SandboxStore</name>
        <message>
            <source>Cannot open the sandbox state file %1: %2</source>
            <translation>无法打开沙箱状态文件 %1：%2</translation>
        </message>
        <message>
            <source>Cannot prepare the sandbox state file %1: %2</source>
            <translation>无法初始化沙箱状态文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>SecretBackendChoice</name>
        <message>
            <source>Cannot read the data folder's settings: %1</source>
            <translation>无法读取数据文件夹的设置：%1</translation>
        </message>
        <message>
            <source>Cannot save the data folder's settings: %1</source>
            <translation>无法保存数据文件夹的设置：%1</translation>
        </message>
        <message>
            <source>the folder's profiles keep their keys in the %1</source>
            <translation>该文件夹的账号配置把密钥保存在%1中</translation>
        </message>
        <message>
            <source>this data folder keeps its keys in the %1</source>
            <translation>此数据文件夹把密钥保存在%1中</translation>
        </message>
        <message>
            <source>This data folder keeps its keys in the %1, but this program was asked to use the %2 (--secret-backend or PN_SECRET_BACKEND). Use the %1, or start without that choice.</source>
            <translation>此数据文件夹把密钥保存在%1中，但本程序被要求使用%2（--secret-backend 或 PN_SECRET_BACKEND）。请改用%1，或去掉该选项后再启动。</translation>
        </message>
        <message>
            <source>This data folder keeps its keys in the OS keychain, but the keychain cannot be reached: %1 Unlock or start the keychain, then try again.</source>
            <translation>此数据文件夹把密钥保存在系统钥匙串中，但无法连接钥匙串：%1 请解锁或启动钥匙串后重试。</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>OS keychain</source>
            <translation>系统钥匙串</translation>
        </message>
        <message>
            <source>encrypted vault file</source>
            <translation>加密保险库文件</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>SecretStoreFactory</name>
        <message>
            <source>the vault was chosen explicitly</source>
            <translation>已明确指定使用保险库</translation>
        </message>
        <message>
            <source>The OS keychain is not reachable: %1</source>
            <translation>无法访问系统钥匙串：%1</translation>
        </message>
        <message>
            <source>the keychain was chosen explicitly</source>
            <translation>已明确指定使用钥匙串</translation>
        </message>
        <message>
            <source>Unknown secret backend "%1"; use auto, keychain or vault.</source>
            <translation>未知的密钥存储方式“%1”；请使用 auto、keychain 或 vault。</translation>
        </message>
        <message>
            <source>the OS keychain is reachable</source>
            <translation>系统钥匙串可用</translation>
        </message>
        <message>
            <source>no OS keychain (%1)</source>
            <translation>没有系统钥匙串（%1）</translation>
        </message>
        <message>
            <source>the %1 was chosen explicitly</source>
            <translation>已明确指定使用%1</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>New transfer (XA)</source>
            <translation>新建转接（XA）</translation>
        </message>
        <message>
            <source>Every call to the privacy number X is forwarded to A.</source>
            <translation>所有打给隐私号 X 的电话都转接到 A。</translation>
        </message>
        <message>
            <source>App ID:</source>
            <translation>应用 ID：</translation>
        </message>
        <message>
            <source>Privacy number X:</source>
            <translation>隐私号 X：</translation>
        </message>
        <message>
            <source>Number A:</source>
            <translation>号码 A：</translation>
        </message>
        <message>
            <source>Real number calls are forwarded to</source>
            <translation>来电转接到的真实号码</translation>
        </message>
        <message>
            <source>Validity:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>Recording:</source>
            <translation>录音：</translation>
        </message>
        <message>
            <source>Record the calls</source>
            <translation>通话录音</translation>
        </message>
        <message>
            <source>A sees:</source>
            <translation>A 看到：</translation>
        </message>
        <message>
            <source>Announcement:</source>
            <translation>放音：</translation>
        </message>
        <message>
            <source>code assigned by the platform</source>
            <translation>平台分配的放音编码</translation>
        </message>
        <message>
            <source>User data:</source>
            <translation>用户数据：</translation>
        </message>
        <message>
            <source>Returned in the call records</source>
            <translation>在话单回调中原样返回</translation>
        </message>
        <message>
            <source>Encode as base64</source>
            <translation>以 base64 编码</translation>
        </message>
        <message>
            <source>Request ID:</source>
            <translation>请求 ID：</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>Search by A or X</source>
            <translation>按 A 或 X 号码搜索</translation>
        </message>
        <message>
            <source>Release transfer…</source>
            <translation>解除转接…</translation>
        </message>
        <message>
            <source>Release the selected transfer on the platform (asks first)</source>
            <translation>在平台上释放所选转接（先确认）</translation>
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
        <message>
            <source>Validity (ttl) can be at most %1 s (about 68 years): the platform's ttl is a 32-bit integer, so a longer one cannot be sent as it is.</source>
            <translation>有效期（ttl）最多 %1 秒（约 68 年）：平台的 ttl 是 32 位整数，更长的值无法按原样发送。</translation>
        </message>
    </context>
    <context>
        <name>VaultCodec</name>
        <message>
            <source>The vault's key-derivation parameters are out of range.</source>
            <translation>保险库的密钥派生参数超出允许范围。</translation>
        </message>
        <message>
            <source>This file is not a secret vault.</source>
            <translation>该文件不是密钥保险库。</translation>
        </message>
        <message>
            <source>The secret vault has format version %1, which this program cannot read.</source>
            <translation>密钥保险库的格式版本为 %1，本程序无法读取。</translation>
        </message>
        <message numerus="yes">
            <source>The secret vault is truncated (only %n byte(s)).</source>
            <translation>
                <numerusform>密钥保险库已被截断（只有 %n 字节）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The secret vault's header is damaged; it was changed outside this program.</source>
            <translation>密钥保险库的文件头已损坏，它在本程序之外被修改过。</translation>
        </message>
        <message>
            <source>The secret vault uses settings this program does not support.</source>
            <translation>密钥保险库使用了本程序不支持的设置。</translation>
        </message>
        <message>
            <source>The secret vault is truncated: %1 of %2 bytes.</source>
            <translation>密钥保险库已被截断：只有 %1 字节，应为 %2 字节。</translation>
        </message>
        <message numerus="yes">
            <source>The secret vault has %n unexpected trailing byte(s).</source>
            <translation>
                <numerusform>密钥保险库末尾多出 %n 个字节。</numerusform>
            </translation>
        </message>
        <message>
            <source>Deriving the vault key failed (out of memory?).</source>
            <translation>派生保险库密钥失败（内存不足？）。</translation>
        </message>
        <message>
            <source>Wrong master password for the secret vault.</source>
            <translation>密钥保险库的主密码错误。</translation>
        </message>
        <message>
            <source>The secret vault is damaged or was tampered with (authentication failed).</source>
            <translation>密钥保险库已损坏或被篡改（认证失败）。</translation>
        </message>
        <message>
            <source>Encrypting the secret vault failed.</source>
            <translation>加密密钥保险库失败。</translation>
        </message>
    </context>
    <context>
        <name>VaultSecretStore</name>
        <message>
            <source>Cannot read the secret vault %1: %2</source>
            <translation>无法读取密钥保险库 %1：%2</translation>
        </message>
        <message>
            <source>The secret vault %1 needs its master password.</source>
            <translation>密钥保险库 %1 需要主密码。</translation>
        </message>
        <message>
            <source>No master password was given for the secret vault %1.</source>
            <translation>未提供密钥保险库 %1 的主密码。</translation>
        </message>
        <message>
            <source>Wrong master password for the secret vault %1.</source>
            <translation>密钥保险库 %1 的主密码错误。</translation>
        </message>
        <message>
            <source>A new secret vault needs a master password.</source>
            <translation>新的密钥保险库需要设置主密码。</translation>
        </message>
        <message>
            <source>No master password was given for the new secret vault %1.</source>
            <translation>未为新的密钥保险库 %1 提供主密码。</translation>
        </message>
        <message>
            <source>The secret vault %1 decrypts but its contents are malformed.</source>
            <translation>密钥保险库 %1 可以解密，但内容格式错误。</translation>
        </message>
        <message>
            <source>The secret vault has no entry %1.</source>
            <translation>密钥保险库中没有条目 %1。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>The secret vault %1 is locked by another program.</source>
            <translation>密钥保险库 %1 正被另一个程序锁定。</translation>
        </message>
        <message>
            <source>Cannot write the secret vault %1: %2</source>
            <translation>无法写入密钥保险库 %1：%2</translation>
        </message>
        <message>
            <source>There is no secret vault at %1 yet.</source>
            <translation>%1 处还没有密钥保险库。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Privacy Number Console</source>
            <translation>隐私号控制台</translation>
        </message>
        <message>
            <source>The console cannot start: %1</source>
            <translation>控制台无法启动：%1</translation>
        </message>
        <message>
            <source>The console is already open on this data folder; its window was brought to the front.</source>
            <translation>控制台已在此数据文件夹上打开，已将其窗口切换到前台。</translation>
        </message>
        <message>
            <source>The console did not close properly last time (started %1). What it wrote before is in the log: %2</source>
            <translation>控制台上次没有正常关闭（启动于 %1）。此前的记录见日志：%2</translation>
        </message>
        <message>
            <source>The ledger %1 cannot be opened: %2
The console stays on %3.</source>
            <translation>无法打开台账 %1：%2
控制台继续使用 %3。</translation>
        </message>
    </context>
    <context>
        <name>pn::AccountPanel</name>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Every minute</source>
            <translation>每分钟</translation>
        </message>
        <message>
            <source>Every 5 minutes</source>
            <translation>每 5 分钟</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>每 15 分钟</translation>
        </message>
        <message numerus="yes">
            <source>Every %n second(s)</source>
            <translation>
                <numerusform>每 %n 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>正在刷新…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>试用</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正式开通</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Unknown state %1</source>
            <translation>未知状态 %1</translation>
        </message>
        <message>
            <source>¥%1</source>
            <translation>¥%1</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>The account is on trial: the platform may limit what it does.</source>
            <translation>账号处于试用状态：平台可能限制部分功能。</translation>
        </message>
        <message>
            <source>The account is %1: new bindings will be refused.</source>
            <translation>账号状态为“%1”：新的绑定请求将被拒绝。</translation>
        </message>
        <message>
            <source>Available funds %1 are below the warning threshold %2.</source>
            <translation>可用资金 %1 低于预警阈值 %2。</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>刷新失败：%1</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>开发者</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>代理商</translation>
        </message>
        <message>
            <source>Trial user</source>
            <translation>试用用户</translation>
        </message>
        <message>
            <source>%1 (not a role this console knows)</source>
            <translation>%1（控制台不认识的身份）</translation>
        </message>
        <message>
            <source>The platform says: %1</source>
            <translation>平台返回：%1</translation>
        </message>
    </context>
    <context>
        <name>pn::AlertSettingsDialog</name>
        <message>
            <source>Alerts of this profile</source>
            <translation>此配置的告警</translation>
        </message>
        <message>
            <source>A request pending for more than</source>
            <translation>请求待处理超过</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>At least this many rejected callbacks</source>
            <translation>被拒绝的回调至少达到</translation>
        </message>
        <message>
            <source>within </source>
            <translation>时间范围 </translation>
        </message>
        <message>
            <source>No call record while bindings are active for</source>
            <translation>有生效中的绑定但无话单的时长</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>A recording that could not be downloaded</source>
            <translation>录音无法下载</translation>
        </message>
        <message>
            <source>Active bindings that expire within</source>
            <translation>生效中的绑定关系即将到期（剩余不足）</translation>
        </message>
        <message>
            <source>Available funds below the profile's warning threshold</source>
            <translation>可用资金低于该配置的预警阈值</translation>
        </message>
    </context>
    <context>
        <name>pn::AlertsMonitor</name>
        <message numerus="yes">
            <source>%n request(s) pending for more than %1 minutes</source>
            <translation>
                <numerusform>%n 个请求待处理已超过 %1 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n callback(s) rejected in the last %1 minutes</source>
            <translation>
                <numerusform>最近 %1 分钟内有 %n 个回调被拒绝</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No call record for %n hour(s) while %1 binding(s) are active: is the callback URL still reachable?</source>
            <translation>
                <numerusform>%n 小时内没有话单，但有 %1 个生效中的绑定：回调地址是否仍可访问？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recording(s) could not be downloaded</source>
            <translation>
                <numerusform>%n 个录音无法下载</numerusform>
            </translation>
        </message>
        <message>
            <source>Privacy Number Console</source>
            <translation>隐私号控制台</translation>
        </message>
        <message>
            <source>%1 — show the rows</source>
            <translation>%1 — 查看相关记录</translation>
        </message>
        <message>
            <source>Alert settings…</source>
            <translation>告警设置…</translation>
        </message>
        <message numerus="yes">
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n 条告警</numerusform>
            </translation>
        </message>
        <message>
            <source>No alerts now. Click for the alert settings.</source>
            <translation>当前没有告警。点击可设置告警。</translation>
        </message>
        <message numerus="yes">
            <source>%n binding(s) expire within %1 minutes</source>
            <translation>
                <numerusform>%n 个绑定关系将在 %1 分钟内到期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pn::AuditModel</name>
        <message>
            <source>Bind</source>
            <translation>绑定</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>解绑</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>转接</translation>
        </message>
        <message>
            <source>Cancel transfer</source>
            <translation>释放转接</translation>
        </message>
        <message>
            <source>Reveal numbers</source>
            <translation>显示真实号码</translation>
        </message>
        <message>
            <source>Reveal numbers (session)</source>
            <translation>显示真实号码（本次会话）</translation>
        </message>
        <message>
            <source>Export with real numbers</source>
            <translation>导出真实号码</translation>
        </message>
        <message>
            <source>Retention run</source>
            <translation>执行保留策略</translation>
        </message>
        <message>
            <source>Retention policy</source>
            <translation>设置保留策略</translation>
        </message>
        <message>
            <source>Retention export</source>
            <translation>保留策略导出</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>添加配置</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>编辑配置</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>删除配置</translation>
        </message>
        <message>
            <source>Import profiles</source>
            <translation>导入配置</translation>
        </message>
        <message>
            <source>Bulk job started</source>
            <translation>批量任务开始</translation>
        </message>
        <message>
            <source>Bulk job ended</source>
            <translation>批量任务结束</translation>
        </message>
        <message>
            <source>Ledger migrated</source>
            <translation>台账已迁移</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>复制为 curl</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Action code</source>
            <translation>操作代码</translation>
        </message>
        <message>
            <source>Written before desks were recorded (schema 9).</source>
            <translation>写于记录坐席之前（架构版本 9）。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>坐席</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>程序</translation>
        </message>
        <message>
            <source>Recordings deleted (retention)</source>
            <translation>删除录音（保留策略）</translation>
        </message>
        <message>
            <source>Bulk job cancelled</source>
            <translation>批量任务已取消</translation>
        </message>
        <message>
            <source>Bulk job paused</source>
            <translation>批量任务已暂停</translation>
        </message>
        <message>
            <source>Bulk job resumed</source>
            <translation>批量任务已继续</translation>
        </message>
        <message>
            <source>Bulk job interrupted (its program stopped)</source>
            <translation>批量任务中断（其程序已停止）</translation>
        </message>
        <message>
            <source>job %1 bind %2: %3 rows, %4 to send (resumed)</source>
            <translation>任务 %1 批量绑定 %2：%3 行，待发送 %4 行（继续执行）</translation>
        </message>
        <message>
            <source>job %1 bind %2: %3 rows, %4 to send</source>
            <translation>任务 %1 批量绑定 %2：%3 行，待发送 %4 行</translation>
        </message>
        <message>
            <source>job %1 release %2: %3 rows, %4 to send (resumed)</source>
            <translation>任务 %1 批量解绑 %2：%3 行，待发送 %4 行（继续执行）</translation>
        </message>
        <message>
            <source>job %1 release %2: %3 rows, %4 to send</source>
            <translation>任务 %1 批量解绑 %2：%3 行，待发送 %4 行</translation>
        </message>
        <message>
            <source>job %1 bind %2: %3 done, %4 refused, %5 invalid, %6 left</source>
            <translation>任务 %1 批量绑定 %2：完成 %3，被拒绝 %4，无效 %5，剩余 %6</translation>
        </message>
        <message>
            <source>job %1 release %2: %3 done, %4 refused, %5 invalid, %6 left</source>
            <translation>任务 %1 批量解绑 %2：完成 %3，被拒绝 %4，无效 %5，剩余 %6</translation>
        </message>
        <message>
            <source>schema %1 → %2</source>
            <translation>结构版本 %1 → %2</translation>
        </message>
        <message>
            <source>schema %1, nothing to do</source>
            <translation>结构版本 %1，无需迁移</translation>
        </message>
        <message>
            <source>schema unknown → %1</source>
            <translation>结构版本未知 → %1</translation>
        </message>
        <message>
            <source>%1 bindings, %2 calls, %3 request-log lines erased</source>
            <translation>已清除 %1 条绑定关系、%2 条话单、%3 行请求日志</translation>
        </message>
        <message>
            <source>%1 recording files of erased calls deleted</source>
            <translation>已删除已清除话单的 %1 个录音文件</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>forever</source>
            <translation>永久</translation>
        </message>
        <message>
            <source>%1 bindings and %2 call records due for retention exported (%3 call starts, %4 request-log lines) with real numbers</source>
            <translation>已导出按保留策略到期的 %1 条绑定关系和 %2 条话单（%3 条始呼、%4 行请求日志），含真实号码</translation>
        </message>
        <message>
            <source>%1 bindings and %2 call records due for retention exported (%3 call starts, %4 request-log lines)</source>
            <translation>已导出按保留策略到期的 %1 条绑定关系和 %2 条话单（%3 条始呼、%4 行请求日志）</translation>
        </message>
        <message>
            <source>profile %1, new key</source>
            <translation>配置 %1，新密钥</translation>
        </message>
        <message>
            <source>profile %1 (forced)</source>
            <translation>配置 %1（强制）</translation>
        </message>
        <message>
            <source>profile %1</source>
            <translation>配置 %1</translation>
        </message>
        <message>
            <source>%1 profile(s)</source>
            <translation>%1 个配置</translation>
        </message>
        <message>
            <source>binding %1 (subid %2)</source>
            <translation>绑定关系 %1（subid %2）</translation>
        </message>
        <message>
            <source>every real number shown for this session</source>
            <translation>本次会话显示所有真实号码</translation>
        </message>
        <message>
            <source>release of subid %1</source>
            <translation>解绑 subid %1</translation>
        </message>
        <message>
            <source>%1 of %2 rows of %3 unmasked to %4</source>
            <translation>%3 的 %2 行中有 %1 行以真实号码导出到 %4</translation>
        </message>
        <message>
            <source>%1 rows of %2 unmasked to %3</source>
            <translation>%2 的 %1 行以真实号码导出到 %3</translation>
        </message>
        <message>
            <source>pnctl calls --reveal: %1 call record(s), subid %2</source>
            <translation>pnctl calls --reveal：%1 条话单，subid %2</translation>
        </message>
        <message>
            <source>pnctl calls --reveal: %1 call record(s)</source>
            <translation>pnctl calls --reveal：%1 条话单</translation>
        </message>
        <message>
            <source>subid=%1 (already gone)</source>
            <translation>subid 为 %1（已不存在）</translation>
        </message>
        <message>
            <source>subid=%1</source>
            <translation>subid 为 %1</translation>
        </message>
        <message>
            <source>id=%1 (already gone)</source>
            <translation>转接 %1（已不存在）</translation>
        </message>
        <message>
            <source>id=%1</source>
            <translation>转接 %1</translation>
        </message>
        <message>
            <source>x=%1 (already gone)</source>
            <translation>X 号码 %1（已不存在）</translation>
        </message>
        <message>
            <source>x=%1</source>
            <translation>X 号码 %1</translation>
        </message>
    </context>
    <context>
        <name>pn::AuditTab</name>
        <message>
            <source>Time:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>Only what was done in this period (local days).</source>
            <translation>只显示该时间段内的操作（按本地日期）。</translation>
        </message>
        <message>
            <source>No audit row matches the filters.</source>
            <translation>没有符合筛选条件的审计记录。</translation>
        </message>
        <message>
            <source>Nothing recorded yet: bindings, releases, transfers, revealed numbers, exports, profile changes and bulk jobs are listed here with the desk that did them.</source>
            <translation>尚无记录：绑定、解绑、转接、显示真实号码、导出、配置变更和批量任务都会连同操作的坐席列在这里。</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <source>Any desk</source>
            <translation>全部坐席</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>全部操作</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rows (scroll for more)</source>
            <translation>%1 / %2 行（向下滚动加载更多）</translation>
        </message>
        <message numerus="yes">
            <source>%n audit row(s) exported to %1 (numbers masked).</source>
            <translation>
                <numerusform>已导出 %n 条审计记录到 %1（号码已打码）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit log to CSV</source>
            <translation>将审计日志导出为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Desk:</source>
            <translation>坐席：</translation>
        </message>
        <message>
            <source>Only what this desk (OS user @ computer, or $PN_DESK) did</source>
            <translation>只显示该坐席（操作系统用户 @ 计算机，或 $PN_DESK）的操作</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Write every row that matches the filters to a CSV file (UTF-8 with BOM); numbers stay masked</source>
            <translation>将所有符合筛选条件的记录写入 CSV 文件（带 BOM 的 UTF-8）；号码保持打码</translation>
        </message>
        <message>
            <source>Any profile</source>
            <translation>全部配置</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>配置：</translation>
        </message>
        <message>
            <source>Only what was done on this profile (its name at the time, also for a profile removed since)</source>
            <translation>只显示在该配置上的操作（按当时的配置名，已删除的配置也可选）</translation>
        </message>
        <message>
            <source>%1 at any computer</source>
            <translation>%1（任意计算机）</translation>
        </message>
        <message>
            <source>What the user %1 did, on whichever computer</source>
            <translation>用户 %1 在任意计算机上所做的操作</translation>
        </message>
    </context>
    <context>
        <name>pn::BindingDialog</name>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 分钟</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 分钟</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>自定义…</translation>
        </message>
        <message>
            <source>the privacy number X</source>
            <translation>隐私号 X</translation>
        </message>
        <message>
            <source>A's real number</source>
            <translation>A 的真实号码</translation>
        </message>
        <message>
            <source>B's real number</source>
            <translation>B 的真实号码</translation>
        </message>
        <message>
            <source>%1 already has an active binding on %2 in the ledger: the platform would answer 1302 (resource configuration conflict). Release that binding first or pick another privacy number.</source>
            <translation>台账中 %1 已在 %2 上有生效的绑定关系：平台会返回 1302（资源配置冲突）。请先解绑该绑定关系，或换一个隐私号。</translation>
        </message>
        <message>
            <source> and </source>
            <translation> 和 </translation>
        </message>
        <message>
            <source>Sent as: %1</source>
            <translation>实际发送：%1</translation>
        </message>
        <message>
            <source>No answer from the platform: %1</source>
            <translation>平台无应答：%1</translation>
        </message>
        <message>
            <source>The request ID identifies this request: a retry sends the same ID, so the platform never creates a second binding.</source>
            <translation>请求 ID 标识本次请求：重试时发送同一个 ID，平台不会重复创建绑定关系。</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>What you typed is kept: Create works again when the team ledger is back.</source>
            <translation>已填写的内容会保留：团队台账恢复后即可再次点击“创建”。</translation>
        </message>
    </context>
    <context>
        <name>pn::BindingService</name>
        <message>
            <source>%1 The outcome is not known yet; the request will be sent again with the same reqid to learn it.</source>
            <translation>%1 结果暂时未知；将以相同的 reqid 重新发送请求以确认结果。</translation>
        </message>
        <message>
            <source>There is no binding %1 in the ledger.</source>
            <translation>台账中没有绑定关系 %1。</translation>
        </message>
        <message>
            <source>The binding %1 is %2 and cannot be released.</source>
            <translation>绑定关系 %1 当前为“%2”，无法释放。</translation>
        </message>
        <message>
            <source>The binding %1 was already gone on the platform (expired or released before).</source>
            <translation>绑定关系 %1 在平台上已不存在（此前已过期或已释放）。</translation>
        </message>
        <message>
            <source>There is no transfer %1 in the ledger.</source>
            <translation>台账中没有转接 %1。</translation>
        </message>
        <message>
            <source>The transfer on %1 is %2 and cannot be released.</source>
            <translation>%1 上的转接当前为“%2”，无法释放。</translation>
        </message>
        <message>
            <source>The transfer on %1 was already gone on the platform.</source>
            <translation>%1 上的转接在平台上已不存在。</translation>
        </message>
        <message>
            <source>The reqid %1 was already used with other parameters.</source>
            <translation>reqid %1 已被用于参数不同的请求。</translation>
        </message>
        <message>
            <source>The reqid %1 was already used; that binding is %2.</source>
            <translation>reqid %1 已被使用；对应的绑定关系当前为“%2”。</translation>
        </message>
        <message>
            <source>%1 The platform said "not now": the request stays pending with its reqid, and a later run or the console finishes it.</source>
            <translation>%1 平台表示“稍后再试”：该请求以原 reqid 保持待定，之后的运行或控制台会完成它。</translation>
        </message>
        <message>
            <source>Another program is sending the request %1 right now; its outcome will be in the ledger.</source>
            <translation>另一个程序正在发送请求 %1；其结果将记入台账。</translation>
        </message>
        <message>
            <source>Binding %1 released by %2.</source>
            <translation>绑定关系 %1 已由 %2 释放。</translation>
        </message>
        <message>
            <source>Binding %1 was released by another program.</source>
            <translation>绑定关系 %1 已由另一个程序释放。</translation>
        </message>
        <message>
            <source>Binding %1 is being released by another program; its outcome will be in the ledger.</source>
            <translation>绑定关系 %1 正由另一个程序释放；其结果将记入台账。</translation>
        </message>
        <message>
            <source>The transfer on %1 was released by another program.</source>
            <translation>%1 上的转接已由另一个程序释放。</translation>
        </message>
        <message>
            <source>Transfer on %1 released by %2.</source>
            <translation>%1 上的转接已由 %2 释放。</translation>
        </message>
        <message>
            <source>The transfer on %1 is being released by another program; its outcome will be in the ledger.</source>
            <translation>%1 上的转接正由另一个程序释放；其结果将记入台账。</translation>
        </message>
        <message>
            <source>Cannot write the binding intent to the ledger: %1</source>
            <translation>无法将绑定意图写入台账：%1</translation>
        </message>
    </context>
    <context>
        <name>pn::BindingsActions</name>
        <message>
            <source>Release cancelled: %1 of %2 released, %3 failed.</source>
            <translation>解绑已取消：共 %2 条，已解绑 %1 条，失败 %3 条。</translation>
        </message>
        <message>
            <source>%1 released, %2 failed: see the request log.</source>
            <translation>已解绑 %1 条，失败 %2 条：详见请求日志。</translation>
        </message>
        <message numerus="yes">
            <source>%n binding(s) released.</source>
            <translation>
                <numerusform>已解绑 %n 条绑定关系。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2 on %3 (subid %4)</source>
            <translation>%3 上的 %1 与 %2（subid %4）</translation>
        </message>
        <message>
            <source>Nothing to release: select active bindings.</source>
            <translation>没有可解绑的内容：请选择生效中的绑定关系。</translation>
        </message>
        <message>
            <source>Release the binding of %1? Calls to its privacy number will no longer reach the other party.</source>
            <translation>解除 %1 的绑定？通过该隐私号的呼叫将无法再接通对方。</translation>
        </message>
        <message numerus="yes">
            <source>Release %n bindings? Calls to their privacy numbers will no longer reach the other party.</source>
            <translation>
                <numerusform>解除 %n 条绑定关系？解绑后拨打这些隐私号将无法再接通对方。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>……另有 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Release bindings</source>
            <translation>解除绑定关系</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>解绑</translation>
        </message>
        <message>
            <source>Nothing to release: select an active transfer.</source>
            <translation>没有可解除的内容：请选择生效中的转接。</translation>
        </message>
        <message>
            <source>Release transfer</source>
            <translation>解除转接</translation>
        </message>
        <message>
            <source>Stop forwarding calls to %1 from the privacy number %2?</source>
            <translation>停止将隐私号 %2 的来电转接到 %1？</translation>
        </message>
        <message>
            <source>Transfer released.</source>
            <translation>转接已解除。</translation>
        </message>
        <message>
            <source>Create binding</source>
            <translation>创建绑定关系</translation>
        </message>
        <message>
            <source>Send the request anyway?</source>
            <translation>仍然发送请求？</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>仍然发送</translation>
        </message>
        <message>
            <source>Binding created: subid %1.</source>
            <translation>绑定关系已创建：subid %1。</translation>
        </message>
        <message>
            <source>Transfer created.</source>
            <translation>转接已创建。</translation>
        </message>
        <message>
            <source>Released by another program.</source>
            <translation>已由另一个程序释放。</translation>
        </message>
        <message>
            <source>Released by %1.</source>
            <translation>已由 %1 释放。</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>另一个程序</translation>
        </message>
        <message numerus="yes">
            <source>%n of them released by %1.</source>
            <translation>
                <numerusform>其中 %n 个已由 %1 释放。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pn::BindingsModel</name>
        <message>
            <source>%1 d %2:%3:%4</source>
            <translation>%1 天 %2:%3:%4</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>Number A</source>
            <translation>号码 A</translation>
        </message>
        <message>
            <source>Number B</source>
            <translation>号码 B</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>Subid</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>Caller display</source>
            <translation>来显方式</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>用户数据</translation>
        </message>
        <message>
            <source>X both ways</source>
            <translation>双向均显示 X</translation>
        </message>
        <message>
            <source>%1 (not a display value the console knows)</source>
            <translation>%1（控制台不认识的显示方式）</translation>
        </message>
        <message>
            <source>real numbers both ways</source>
            <translation>双向均显示真实号码</translation>
        </message>
        <message>
            <source>B sees A's number, A sees X</source>
            <translation>B 看到 A 的号码，A 看到 X</translation>
        </message>
        <message>
            <source>A sees B's number, B sees X</source>
            <translation>A 看到 B 的号码，B 看到 X</translation>
        </message>
        <message>
            <source>Approximate: the subid was learnt from a later send than the first, so the platform's expiry lies between %1 and %2. The console counts down to the earlier time, so it never shows a binding as active after the platform expired it.</source>
            <translation>估计值：subid 是在首次发送之后的某次重发中得知的，因此平台上的到期时间在 %1 与 %2 之间。控制台按较早的时间倒计时，所以绝不会在平台已到期后仍显示为有效。</translation>
        </message>
        <message>
            <source>≈ %1</source>
            <translation>≈ %1</translation>
        </message>
    </context>
    <context>
        <name>pn::BindingsTab</name>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待确认</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>生效中</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>已解绑</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>All privacy numbers</source>
            <translation>全部隐私号</translation>
        </message>
        <message numerus="yes">
            <source>%n binding(s) shown</source>
            <translation>
                <numerusform>显示 %n 条绑定关系</numerusform>
            </translation>
        </message>
        <message>
            <source>No binding matches the search and filters.</source>
            <translation>没有符合搜索和筛选条件的绑定。</translation>
        </message>
        <message>
            <source>No bindings yet — Ctrl+N creates one.</source>
            <translation>还没有绑定关系——按 Ctrl+N 新建。</translation>
        </message>
        <message>
            <source>Searches every binding of the profile, history included: older rows are read from the ledger's index.</source>
            <translation>搜索本账号配置的全部绑定，包括历史记录：较早的记录从台账索引中读取。</translation>
        </message>
        <message>
            <source>Released, Expired and Failed also show older history, read from the ledger page by page as you scroll.</source>
            <translation>“已解绑”“已过期”“失败”还会显示较早的历史记录，滚动时从台账逐页读取。</translation>
        </message>
    </context>
    <context>
        <name>pn::BodyLimitTcpServer</name>
        <message>
            <source>Not an HTTP/1.x request line.</source>
            <translation>不是 HTTP/1.x 请求行。</translation>
        </message>
        <message>
            <source>A malformed header line.</source>
            <translation>请求头行格式错误。</translation>
        </message>
        <message>
            <source>Chunked or encoded bodies are not accepted; send Content-Length.</source>
            <translation>不接受分块或编码的请求体；请发送 Content-Length。</translation>
        </message>
        <message>
            <source>A missing, malformed or repeated Content-Length.</source>
            <translation>Content-Length 缺失、格式错误或重复。</translation>
        </message>
        <message>
            <source>The body announces %1 bytes; the limit is %2.</source>
            <translation>请求体声明为 %1 字节；上限为 %2。</translation>
        </message>
        <message>
            <source>closed the longest-idle connection at the cap of %1 connections</source>
            <translation>达到 %1 个连接的上限，已关闭空闲最久的连接</translation>
        </message>
        <message>
            <source>refused a connection: all %1 connections have a request in work</source>
            <translation>已拒绝一个连接：全部 %1 个连接都有正在处理的请求</translation>
        </message>
        <message>
            <source>More than %1 bytes arrived before the earlier requests were answered.</source>
            <translation>在之前的请求得到应答之前已收到超过 %1 字节。</translation>
        </message>
        <message>
            <source>The request header passed %1 bytes.</source>
            <translation>请求头超过了 %1 字节。</translation>
        </message>
        <message>
            <source>The request header did not arrive within %1 s.</source>
            <translation>请求头未在 %1 秒内到达。</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 s.</source>
            <translation>请求体未在 %1 秒内到达。</translation>
        </message>
        <message>
            <source>closed a connection idle for %1 s</source>
            <translation>已关闭空闲 %1 秒的连接</translation>
        </message>
    </context>
    <context>
        <name>pn::BulkDialog</name>
        <message>
            <source>Bulk create from CSV</source>
            <translation>从 CSV 批量开通</translation>
        </message>
        <message>
            <source>Bulk release from CSV</source>
            <translation>从 CSV 批量释放</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>CSV file:</source>
            <translation>CSV 文件：</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>自动检测</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Result file:</source>
            <translation>结果文件：</translation>
        </message>
        <message>
            <source>Check all rows</source>
            <translation>校验所有行</translation>
        </message>
        <message>
            <source>Create bindings</source>
            <translation>开通绑定</translation>
        </message>
        <message>
            <source>Release bindings</source>
            <translation>释放绑定</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Stop sending</source>
            <translation>停止发送</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>选择 CSV 文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Detected: %1</source>
            <translation>检测到：%1</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正确</translation>
        </message>
        <message numerus="yes">
            <source>First %n row(s) shown; check all rows before sending.</source>
            <translation>
                <numerusform>显示前 %n 行；发送前请校验所有行。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a profile whose key is available first.</source>
            <translation>请先选择一个密钥可用的配置。</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>%1 valid, %2 invalid, %3 conflicts (would be 1302).</source>
            <translation>%1 行有效，%2 行无效，%3 行冲突（会返回 1302）。</translation>
        </message>
        <message>
            <source>Resuming job %1: %2 of %3 rows done.</source>
            <translation>续做任务 %1：%3 行中已完成 %2 行。</translation>
        </message>
        <message>
            <source>Job %1: %2 rows, %3 valid.</source>
            <translation>任务 %1：共 %2 行，%3 行有效。</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 done, %2 refused, %3 invalid, %4 to go · %5 rows/s · ETA %6 · %7 in flight</source>
            <translation>已完成 %1，被拒 %2，无效 %3，剩余 %4 · 每秒 %5 行 · 预计还需 %6 · 在途 %7</translation>
        </message>
        <message>
            <source>Finished: %1 done, %2 refused, %3 invalid, %4 not sent or without an answer.</source>
            <translation>结束：已完成 %1，被拒 %2，无效 %3，未发送或尚无结果 %4。</translation>
        </message>
        <message>
            <source>Result file: %1</source>
            <translation>结果文件：%1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Waiting for the team ledger: nothing is sent until it is back, then the job goes on by itself.</source>
            <translation>正在等待团队台账：恢复之前不发送任何请求，恢复后任务会自动继续。</translation>
        </message>
    </context>
    <context>
        <name>pn::BulkRunner</name>
        <message>
            <source>The ledger's job %1 has %2 rows but the file has %3.</source>
            <translation>台账中的任务 %1 有 %2 行，但文件有 %3 行。</translation>
        </message>
        <message>
            <source>The reqid %1 is already in another row.</source>
            <translation>reqid %1 已在另一行中使用。</translation>
        </message>
        <message>
            <source>There is no binding with the subid %1 in the ledger of this profile.</source>
            <translation>本配置的台账中没有 subid 为 %1 的绑定关系。</translation>
        </message>
        <message>
            <source>The binding %1 belongs to another profile.</source>
            <translation>绑定关系 %1 属于另一个配置。</translation>
        </message>
        <message>
            <source>Bulk job %1 is being run by %2 right now: wait until that run ends, or pause or cancel it there. (A run whose program was stopped on another computer frees the job within %3 seconds.)</source>
            <translation>批量任务 %1 当前正由 %2 运行：请等待该次运行结束，或在那里暂停或取消它。（在另一台计算机上程序已停止的运行会在 %3 秒内释放该任务。）</translation>
        </message>
        <message>
            <source>Bulk job %1 could not be claimed for this run.</source>
            <translation>无法为本次运行占用批量任务 %1。</translation>
        </message>
    </context>
    <context>
        <name>pn::CallChartsWidget</name>
        <message>
            <source>Last 24 hours</source>
            <translation>最近 24 小时</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>No calls in this period.</source>
            <translation>此期间没有通话。</translation>
        </message>
        <message>
            <source>%1 calls, %2 answered (%3%)</source>
            <translation>共 %1 次通话，接通 %2 次（%3%）</translation>
        </message>
        <message>
            <source>Outcomes by class</source>
            <translation>按结果分类</translation>
        </message>
        <message>
            <source>Calls per hour</source>
            <translation>每小时通话数</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Answer rate per X number</source>
            <translation>各 X 号码接通率</translation>
        </message>
        <message>
            <source>Answered %</source>
            <translation>接通率 %</translation>
        </message>
        <message>
            <source>Draw the charts again from the ledger's call records</source>
            <translation>根据台账中的话单重新绘制图表</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>最近 365 天</translation>
        </message>
        <message>
            <source>Calls by hour of day</source>
            <translation>各时段（一天中的小时）通话数</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 of %n call(s) answered</source>
            <translation>
                <numerusform>%1：%n 次通话中接通 %2 次</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pn::CallTimelineModel</name>
        <message>
            <source>%1 → %2 via %3</source>
            <translation>%1 → %2，经 %3</translation>
        </message>
        <message>
            <source>, talked %1</source>
            <translation>，通话 %1</translation>
        </message>
        <message>
            <source>SMS: %1</source>
            <translation>短信：%1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>任务 ID</translation>
        </message>
    </context>
    <context>
        <name>pn::CallTimelineWidget</name>
        <message>
            <source>Select a binding to see its calls.</source>
            <translation>选择一个绑定关系以查看其通话。</translation>
        </message>
        <message>
            <source>No calls on binding %1 yet.</source>
            <translation>绑定关系 %1 还没有通话。</translation>
        </message>
        <message>
            <source>Calls on binding %1: call start, then CDR, per call.</source>
            <translation>绑定关系 %1 的通话：每次通话先始呼，后话单。</translation>
        </message>
    </context>
    <context>
        <name>pn::CallbackDispatcher</name>
        <message>
            <source>No callback URL is configured.</source>
            <translation>未配置回调地址。</translation>
        </message>
        <message>
            <source>The receiver answered HTTP %1.</source>
            <translation>接收方返回了 HTTP %1。</translation>
        </message>
    </context>
    <context>
        <name>pn::CallbackReceiver</name>
        <message>
            <source>Use POST.</source>
            <translation>请使用 POST。</translation>
        </message>
        <message>
            <source>Not found; callbacks go to /cdr, /callstart or /callback.</source>
            <translation>未找到；回调请发送到 /cdr、/callstart 或 /callback。</translation>
        </message>
        <message>
            <source>Cannot listen on %1 port %2.</source>
            <translation>无法在 %1 的端口 %2 上监听。</translation>
        </message>
        <message>
            <source>Not an address or subnet: %1</source>
            <translation>不是有效的地址或网段：%1</translation>
        </message>
        <message>
            <source>The sender %1 is not on the allow-list.</source>
            <translation>发送方 %1 不在允许列表中。</translation>
        </message>
        <message>
            <source>Missing or wrong callback token.</source>
            <translation>回调令牌缺失或错误。</translation>
        </message>
        <message>
            <source>The body has %1 bytes; the limit is %2.</source>
            <translation>请求体有 %1 字节，上限为 %2 字节。</translation>
        </message>
        <message>
            <source>The ledger could not store the callback; deliver it again.</source>
            <translation>台账未能保存该回调，请重新推送。</translation>
        </message>
        <message>
            <source>Ledger error: %1</source>
            <translation>台账错误：%1</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsArchiveAgent</name>
        <message>
            <source>The recording of call %1 could not be archived: %2</source>
            <translation>通话 %1 的录音无法存档：%2</translation>
        </message>
        <message>
            <source>The recording of call %1 failed to download (%2); it is retried later.</source>
            <translation>通话 %1 的录音下载失败（%2），稍后将重试。</translation>
        </message>
        <message>
            <source>Recording %1%2</source>
            <translation>录音 %1%2</translation>
        </message>
        <message>
            <source>Recordings archive</source>
            <translation>录音存档</translation>
        </message>
        <message>
            <source>Choose a profile first.</source>
            <translation>请先选择一个配置。</translation>
        </message>
        <message>
            <source>Recordings &amp;archive…</source>
            <translation>录音存档(&amp;A)…</translation>
        </message>
        <message>
            <source>Recordings: %1 under way, %2 waiting; %3%4</source>
            <translation>录音：%1 个下载中，%2 个等待；%3%4</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsArchiveTab</name>
        <message>
            <source>Last 24 hours</source>
            <translation>最近 24 小时</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>最近 365 天</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>per hour</source>
            <translation>按小时</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>按天</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>按周</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>时间段：</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>分组：</translation>
        </message>
        <message>
            <source>Price per minute:</source>
            <translation>每分钟单价：</translation>
        </message>
        <message>
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <source>What the platform charges per started talk minute, for the estimated cost (kept per profile on this computer).</source>
            <translation>平台按每个开始的通话分钟收取的费用，用于估算费用（按配置保存在本机）。</translation>
        </message>
        <message>
            <source>Unused for at least:</source>
            <translation>至少未使用：</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <source>Save the page shown as a picture.</source>
            <translation>将当前页面保存为图片。</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Save the figures of every period bucket as a CSV file.</source>
            <translation>将每个时间分组的数据保存为 CSV 文件。</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>通话结果</translation>
        </message>
        <message>
            <source>Calls and talk time</source>
            <translation>通话与通话时长</translation>
        </message>
        <message>
            <source>Bindings</source>
            <translation>绑定关系</translation>
        </message>
        <message>
            <source>Number pool</source>
            <translation>号码池</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>Active bindings</source>
            <translation>生效中的绑定</translation>
        </message>
        <message>
            <source>Calls in period</source>
            <translation>时间段内通话</translation>
        </message>
        <message>
            <source>Last call</source>
            <translation>最近通话</translation>
        </message>
        <message>
            <source>Cannot read the statistics: %1</source>
            <translation>无法读取统计数据：%1</translation>
        </message>
        <message>
            <source>No calls in this period.</source>
            <translation>此时间段内没有通话。</translation>
        </message>
        <message>
            <source>Calls and talk minutes per hour</source>
            <translation>每小时通话次数与通话分钟</translation>
        </message>
        <message>
            <source>Calls and talk minutes per day</source>
            <translation>每天通话次数与通话分钟</translation>
        </message>
        <message>
            <source>Calls and talk minutes per week</source>
            <translation>每周通话次数与通话分钟</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Talk minutes</source>
            <translation>通话分钟</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Bindings created, released and expired</source>
            <translation>绑定的创建、解绑与过期</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>已解绑</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message numerus="yes">
            <source>%n active binding(s) on %1 X number(s).</source>
            <translation>
                <numerusform>%1 个 X 号码上有 %n 个生效中的绑定。</numerusform>
            </translation>
        </message>
        <message>
            <source>Busiest: %1 (%2 active).</source>
            <translation>最繁忙：%1（%2 个生效中）。</translation>
        </message>
        <message numerus="yes">
            <source>Every X number had a call or a binding in the last %n day(s).</source>
            <translation>
                <numerusform>每个 X 号码在最近 %n 天内都有通话或绑定。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without a call or binding for %n day(s): %1.</source>
            <translation>
                <numerusform>%n 天内无通话或绑定：%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>导出统计数据</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s), %1 answered (%2%), %3 talk minutes (%4 billed), estimated cost %5 yuan</source>
            <translation>
                <numerusform>%n 次通话，%1 次接通（%2%），通话 %3 分钟（计费 %4 分钟），估算费用 %5 元</numerusform>
            </translation>
        </message>
        <message>
            <source>App ID:</source>
            <translation>APP ID：</translation>
        </message>
        <message>
            <source>Figures of one appid only, or of every appid of the profile.</source>
            <translation>只看一个 appid 的数据，或该配置的全部 appid。</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>The team ledger is not reachable: these figures are from before it went away.</source>
            <translation>无法连接团队台账：这些数字是连接中断之前的。</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation>接收于 %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>主叫</translation>
        </message>
        <message>
            <source>Callee</source>
            <translation>被叫</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Ringing</source>
            <translation>振铃</translation>
        </message>
        <message>
            <source>Talk time</source>
            <translation>通话时长</translation>
        </message>
        <message>
            <source>Hung up</source>
            <translation>挂机方</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>用户数据</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>subid（绑定 ID）</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>任务 ID</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsPanel</name>
        <message>
            <source>All outcomes</source>
            <translation>全部结果</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) shown</source>
            <translation>
                <numerusform>显示 %n 条通话</numerusform>
            </translation>
        </message>
        <message>
            <source> (of %1 loaded)</source>
            <translation>（已加载 %1 条）</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果分类</translation>
        </message>
        <message>
            <source>Began</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Ringing from</source>
            <translation>振铃时间</translation>
        </message>
        <message>
            <source>Answered at</source>
            <translation>接听时间</translation>
        </message>
        <message>
            <source>Released at</source>
            <translation>释放时间</translation>
        </message>
        <message>
            <source>Talk time</source>
            <translation>通话时长</translation>
        </message>
        <message>
            <source>Hung up</source>
            <translation>挂机方</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>主叫</translation>
        </message>
        <message>
            <source>Callee</source>
            <translation>被叫</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>subid（绑定 ID）</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>任务 ID</translation>
        </message>
        <message>
            <source>Developer ID / App ID</source>
            <translation>开发者 ID / 应用 ID</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>用户数据</translation>
        </message>
        <message>
            <source>%1 (base64: %2)</source>
            <translation>%1（base64：%2）</translation>
        </message>
        <message>
            <source>Other fields sent by the platform</source>
            <translation>平台发送的其他字段</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation>接收于 %1</translation>
        </message>
        <message>
            <source>Select a call to see its details.</source>
            <translation>选择一条通话以查看详情。</translation>
        </message>
        <message>
            <source>No call records yet: they arrive here when the platform reports a call on one of this profile's numbers.</source>
            <translation>还没有话单：平台报告本配置号码上的呼叫后，话单会出现在这里。</translation>
        </message>
    </context>
    <context>
        <name>pn::Console</name>
        <message>
            <source>The profile's auth key is not available.</source>
            <translation>该配置的认证密钥不可用。</translation>
        </message>
        <message>
            <source>Calls can be simulated only on the sandbox profile.</source>
            <translation>只有沙箱配置可以模拟呼叫。</translation>
        </message>
        <message>
            <source>not opened yet</source>
            <translation>尚未打开</translation>
        </message>
        <message>
            <source>The keys of this data folder are not kept in a vault.</source>
            <translation>此数据文件夹的密钥并未保存在保险库中。</translation>
        </message>
        <message>
            <source>The key vault is locked.</source>
            <translation>密钥保险库已锁定。</translation>
        </message>
        <message>
            <source>The new master password must not be empty.</source>
            <translation>新主密码不能为空。</translation>
        </message>
        <message>
            <source>The built-in Sandbox profile cannot be removed.</source>
            <translation>内置的沙箱账号配置不能删除。</translation>
        </message>
        <message>
            <source>The team ledger at %1 did not answer when the console started: nothing is shown and nothing can be changed until it answers (it is tried every second), then the console opens it. File → Open ledger… chooses another.</source>
            <translation>控制台启动时团队台账 %1 没有响应：在其响应之前不显示任何内容，也不能做任何修改（每秒重试一次），响应后控制台会打开它。可通过“文件 → 打开台账…”选择其他台账。</translation>
        </message>
    </context>
    <context>
        <name>pn::ConsoleWindow</name>
        <message>
            <source>Releasing…</source>
            <translation>正在解绑…</translation>
        </message>
        <message>
            <source>Release transfer</source>
            <translation>解除转接</translation>
        </message>
        <message numerus="yes">
            <source>Release %n bindings…</source>
            <translation>
                <numerusform>解除 %n 条绑定关系…</numerusform>
            </translation>
        </message>
        <message>
            <source>Release…</source>
            <translation>解绑…</translation>
        </message>
        <message>
            <source>Copy subid</source>
            <translation>复制 subid</translation>
        </message>
        <message>
            <source>Reveal the real numbers of this row</source>
            <translation>显示本行的真实号码</translation>
        </message>
        <message>
            <source>Show calls</source>
            <translation>查看话单</translation>
        </message>
        <message>
            <source>Copy release as curl</source>
            <translation>复制解绑请求为 curl</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n subid(s).</source>
            <translation>
                <numerusform>已复制 %n 个 subid。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied a curl command; its signature is valid for 3 minutes.</source>
            <translation>已复制 curl 命令，其签名 3 分钟内有效。</translation>
        </message>
        <message>
            <source>Request (attempt %1, %2 ms)</source>
            <translation>请求（第 %1 次尝试，%2 毫秒）</translation>
        </message>
        <message>
            <source>Response: HTTP %1</source>
            <translation>响应：HTTP %1</translation>
        </message>
        <message>
            <source>Welcome! The Sandbox profile is ready: press Ctrl+N to create a binding.</source>
            <translation>欢迎！沙箱配置已就绪：按 Ctrl+N 创建绑定关系。</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <source>No profile yet.</source>
            <translation>尚无配置。</translation>
        </message>
        <message>
            <source>devid %1 · %2</source>
            <translation>开发者 ID %1 · %2</translation>
        </message>
        <message>
            <source>Choose a profile whose key is available first.</source>
            <translation>请先选择一个密钥可用的配置。</translation>
        </message>
        <message>
            <source>Create binding</source>
            <translation>创建绑定关系</translation>
        </message>
        <message>
            <source>Account status</source>
            <translation>查询账号状态</translation>
        </message>
        <message>
            <source>Create transfer</source>
            <translation>创建转接</translation>
        </message>
        <message>
            <source>Release binding</source>
            <translation>解除绑定关系</translation>
        </message>
        <message>
            <source>Keys: %1</source>
            <translation>密钥：%1</translation>
        </message>
        <message>
            <source>Simulate call…</source>
            <translation>模拟呼叫…</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
    </context>
    <context>
        <name>pn::ExpiryNotifier</name>
        <message numerus="yes">
            <source>%n binding(s) expire within %1 minutes: %2</source>
            <translation>
                <numerusform>%n 条绑定关系将在 %1 分钟内到期：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>Bindings about to expire</source>
            <translation>绑定关系即将到期</translation>
        </message>
    </context>
    <context>
        <name>pn::HelpDialog</name>
        <message>
            <source>Written to the ledger and sent (or about to be); the platform's answer is not known yet. The console asks again with the same reqid until it knows; a pending row never becomes a duplicate.</source>
            <translation>已写入台账并已发送（或即将发送），尚不知道平台的应答。控制台会用同一个 reqid 重新询问直到得知结果；处理中的记录绝不会变成重复绑定。</translation>
        </message>
        <message>
            <source>Created on the platform and not yet expired: calls through X work.</source>
            <translation>已在平台上创建且未到期：通过 X 的呼叫可以接通。</translation>
        </message>
        <message>
            <source>Released on request (or found already gone on the platform).</source>
            <translation>已按请求解绑（或发现平台上已不存在）。</translation>
        </message>
        <message>
            <source>Its validity ended; the platform no longer connects calls.</source>
            <translation>有效期已结束，平台不再接通呼叫。</translation>
        </message>
        <message>
            <source>The platform surely did not create it (it judged the request and refused). Nothing to release.</source>
            <translation>平台确定没有创建（平台审查了请求并拒绝），无需解绑。</translation>
        </message>
        <message>
            <source>&lt;p&gt;The guide is missing from this build.&lt;/p&gt;</source>
            <translation>&lt;p&gt;此版本缺少使用指南。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What the states mean</source>
            <translation>各状态的含义</translation>
        </message>
        <message>
            <source>What the error codes mean</source>
            <translation>各错误码的含义</translation>
        </message>
        <message>
            <source>The platform answers business errors with HTTP 200 and a code; codes marked “retried” are sent again automatically with the same reqid.</source>
            <translation>平台以 HTTP 200 加错误码答复业务错误；标为“自动重试”的错误码会用同一个 reqid 自动重发。</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>自动重试</translation>
        </message>
        <message>
            <source>Guide — Privacy Number Console</source>
            <translation>使用指南 — 隐私号控制台</translation>
        </message>
    </context>
    <context>
        <name>pn::InboxModel</name>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>rejected (%1)</source>
            <translation>已拒绝（%1）</translation>
        </message>
        <message>
            <source>duplicate, acknowledged</source>
            <translation>重复，已确认</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>任务 ID</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>subid（绑定 ID）</translation>
        </message>
        <message>
            <source>Result or reason</source>
            <translation>结果或原因</translation>
        </message>
        <message>
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>stored, flagged</source>
            <translation>已存储，已标记</translation>
        </message>
        <message>
            <source>%1 — implausible: %2</source>
            <translation>%1 — 不合理：%2</translation>
        </message>
        <message>
            <source>%1 too slow</source>
            <translation>%1 个过慢</translation>
        </message>
        <message>
            <source>%1 idle</source>
            <translation>%1 个空闲</translation>
        </message>
        <message>
            <source>%1 closed at the cap</source>
            <translation>%1 个因达到上限而关闭</translation>
        </message>
        <message>
            <source>%1 refused</source>
            <translation>%1 个被拒绝</translation>
        </message>
        <message>
            <source>%1 too large</source>
            <translation>%1 个过大</translation>
        </message>
        <message>
            <source>%1 malformed</source>
            <translation>%1 个格式错误</translation>
        </message>
        <message>
            <source>%1 connections cut: %2</source>
            <translation>已切断 %1 个连接：%2</translation>
        </message>
    </context>
    <context>
        <name>pn::InboxWidget</name>
        <message>
            <source>%1 of the last %2 kept</source>
            <translation>保留最近 %2 条中的 %1 条</translation>
        </message>
        <message>
            <source>The callback receiver is not running.</source>
            <translation>回调接收器未运行。</translation>
        </message>
        <message>
            <source>Listening for callbacks on %1 (also /cdr and /callstart)</source>
            <translation>正在 %1 监听回调（也接受 /cdr 和 /callstart）</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Empty this list; call records already stored in the ledger are kept</source>
            <translation>清空此列表；已存入台账的话单会保留</translation>
        </message>
    </context>
    <context>
        <name>pn::Ledger</name>
        <message>
            <source>Cannot open the ledger %1: %2</source>
            <translation>无法打开台账 %1：%2</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the ledger.</source>
            <translation>无法为台账创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot record the profile: %1</source>
            <translation>无法记录配置：%1</translation>
        </message>
        <message>
            <source>Cannot write the binding intent to the ledger: %1</source>
            <translation>无法将绑定意图写入台账：%1</translation>
        </message>
        <message>
            <source>Cannot update the ledger: %1</source>
            <translation>无法更新台账：%1</translation>
        </message>
        <message>
            <source>Cannot write the transfer intent to the ledger: %1</source>
            <translation>无法将转接意图写入台账：%1</translation>
        </message>
        <message>
            <source>No transfer %1 in the ledger.</source>
            <translation>台账中没有转接 %1。</translation>
        </message>
        <message>
            <source>Cannot write the request log: %1</source>
            <translation>无法写入请求日志：%1</translation>
        </message>
        <message>
            <source>Cannot write the audit log: %1</source>
            <translation>无法写入审计日志：%1</translation>
        </message>
        <message>
            <source>There is no binding %1 in the ledger.</source>
            <translation>台账中没有绑定 %1。</translation>
        </message>
        <message>
            <source>There is no transfer %1 in the ledger.</source>
            <translation>台账中没有转接 %1。</translation>
        </message>
        <message>
            <source>Cannot read the ledger: %1</source>
            <translation>无法读取台账：%1</translation>
        </message>
        <message>
            <source>Cannot read the shared rate limit: %1</source>
            <translation>无法读取共享的速率限制：%1</translation>
        </message>
        <message>
            <source>Cannot update the shared rate limit: %1</source>
            <translation>无法更新共享的速率限制：%1</translation>
        </message>
        <message>
            <source>Cannot make the ledger %1 private to this user.</source>
            <translation>无法将台账 %1 设为仅当前用户可访问。</translation>
        </message>
        <message>
            <source>Cannot set the retention of profile %1: %2</source>
            <translation>无法设置账号配置 %1 的保留期限：%2</translation>
        </message>
        <message>
            <source>Retention needs the key of the number hashes (the secret store is locked or unavailable).</source>
            <translation>保留期限处理需要号码哈希的密钥（密钥存储已锁定或不可用）。</translation>
        </message>
        <message>
            <source>Retention failed: %1</source>
            <translation>保留期限处理失败：%1</translation>
        </message>
        <message>
            <source>Cannot read the audit log: %1</source>
            <translation>无法读取审计日志：%1</translation>
        </message>
        <message>
            <source>Connected: PostgreSQL %1.</source>
            <translation>已连接：PostgreSQL %1。</translation>
        </message>
        <message>
            <source>Connected: SQLite %1.</source>
            <translation>已连接：SQLite %1。</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>无法连接到 %1：%2</translation>
        </message>
        <message>
            <source>The team ledger at %1 is not reachable: showing what was loaded; new bindings, releases and transfers are refused until it is back.</source>
            <translation>无法连接团队台账 %1：当前显示的是已加载的内容；在其恢复之前，新建绑定关系、释放和转接都会被拒绝。</translation>
        </message>
    </context>
    <context>
        <name>pn::MainWindow</name>
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
        <message>
            <source>PRODUCTION</source>
            <translation>生产环境</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>沙箱</translation>
        </message>
        <message>
            <source>TEST</source>
            <translation>测试环境</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>无配置</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <translation>配置：%1（%2）</translation>
        </message>
        <message>
            <source>○ Not connected yet</source>
            <translation>○ 尚未连接</translation>
        </message>
        <message>
            <source>◌ Connecting…</source>
            <translation>◌ 正在连接…</translation>
        </message>
        <message>
            <source>● Connected</source>
            <translation>● 已连接</translation>
        </message>
        <message>
            <source>● Connection failed</source>
            <translation>● 连接失败</translation>
        </message>
        <message>
            <source>Clock skew: unknown</source>
            <translation>时钟偏差：未知</translation>
        </message>
        <message>
            <source>Measured from the platform's Date header after a request.</source>
            <translation>根据请求后平台返回的 Date 头测得。</translation>
        </message>
        <message>
            <source>Clock skew: %1 s</source>
            <translation>时钟偏差：%1 秒</translation>
        </message>
        <message>
            <source>Platform time minus this computer's time. Signatures are valid within 3 minutes of the platform's clock; the console compensates for the skew.</source>
            <translation>平台时间减去本机时间。签名须在平台时钟前后 3 分钟内；控制台会自动补偿偏差。</translation>
        </message>
        <message>
            <source>Privacy Number Console</source>
            <translation>隐私号控制台</translation>
        </message>
        <message>
            <source>%1 [%2] — Privacy Number Console</source>
            <translation>%1 [%2] — 隐私号控制台</translation>
        </message>
        <message>
            <source>Bindings</source>
            <translation>绑定关系</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>转接</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>话单</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>回调收件箱</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>请求日志</translation>
        </message>
        <message>
            <source>Call records (CDR callbacks) of the current profile appear here.</source>
            <translation>当前配置的话单（CDR 回调）显示在这里。</translation>
        </message>
        <message>
            <source>Every callback received, accepted or rejected, appears here.</source>
            <translation>收到的每一个回调（无论接受或拒绝）都显示在这里。</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>This PRODUCTION profile talks to the platform over plain HTTP: the signed requests and the real numbers cross the network unencrypted. Change its address to https://.</source>
            <translation>这个生产配置通过明文 HTTP 与平台通信：签名请求和真实号码都未加密地在网络上传输。请把地址改为 https://。</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>使用指南(&amp;G)</translation>
        </message>
        <message>
            <source>Create an AXB binding: A and B call each other through the privacy number X (Ctrl+N).</source>
            <translation>新建 AXB 绑定：A 与 B 通过隐私号 X 互相呼叫（Ctrl+N）。</translation>
        </message>
        <message>
            <source>Create an XA transfer: every call to X is forwarded to A.</source>
            <translation>新建 XA 转接：呼叫 X 的来电都转给 A。</translation>
        </message>
        <message>
            <source>The profile (account and environment) every tab works on.</source>
            <translation>所有页面所使用的配置（账号和环境）。</translation>
        </message>
    </context>
    <context>
        <name>pn::OpenLedgerDialog</name>
        <message>
            <source>Ledger folder</source>
            <translation>台账文件夹</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA 证书</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open ledger</source>
            <translation>打开台账</translation>
        </message>
        <message>
            <source>Where the bindings, transfers, logs and calls are kept: a folder on this computer, or a team ledger on a PostgreSQL server shared by several desks. The console reopens on the ledger you choose.</source>
            <translation>绑定、转接、日志和通话记录保存的位置：本机上的一个文件夹，或多个工位共用的 PostgreSQL 服务器上的团队台账。控制台将在所选台账上重新打开。</translation>
        </message>
        <message>
            <source>&amp;Local folder</source>
            <translation>本地文件夹(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Team server (PostgreSQL)</source>
            <translation>团队服务器 (PostgreSQL)(&amp;T)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <source>TL&amp;S:</source>
            <translation>TLS(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;CA certificate:</source>
            <translation>CA 证书(&amp;C)：</translation>
        </message>
        <message>
            <source>e.g. ledger.example.com</source>
            <translation>例如 ledger.example.com</translation>
        </message>
        <message>
            <source>e.g. pnledger</source>
            <translation>例如 pnledger</translation>
        </message>
        <message>
            <source>the desk's database role</source>
            <translation>本工位的数据库角色</translation>
        </message>
        <message>
            <source>empty: the saved one, else PGPASSFILE</source>
            <translation>留空：使用已保存的密码，否则使用 PGPASSFILE</translation>
        </message>
        <message>
            <source>PEM file of the server's CA (verify-ca, verify-full)</source>
            <translation>服务器 CA 的 PEM 文件 (verify-ca、verify-full)</translation>
        </message>
        <message>
            <source>Remember the password in the secret store</source>
            <translation>在密钥存储中记住密码</translation>
        </message>
        <message>
            <source>No TLS (disable)</source>
            <translation>不使用 TLS (disable)</translation>
        </message>
        <message>
            <source>TLS if the server insists (allow)</source>
            <translation>服务器要求时使用 TLS (allow)</translation>
        </message>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>服务器支持时使用 TLS (prefer)</translation>
        </message>
        <message>
            <source>TLS, certificate not checked (require)</source>
            <translation>使用 TLS，不校验证书 (require)</translation>
        </message>
        <message>
            <source>TLS, certificate checked against the CA (verify-ca)</source>
            <translation>使用 TLS，按 CA 校验证书 (verify-ca)</translation>
        </message>
        <message>
            <source>TLS, certificate and host name checked (verify-full)</source>
            <translation>使用 TLS，校验证书和主机名 (verify-full)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose the folder of the ledger.</source>
            <translation>请选择台账所在的文件夹。</translation>
        </message>
        <message>
            <source>Enter the server's host name.</source>
            <translation>请输入服务器的主机名。</translation>
        </message>
        <message>
            <source>Enter the database's name.</source>
            <translation>请输入数据库名称。</translation>
        </message>
        <message>
            <source>Enter the database user of this desk.</source>
            <translation>请输入本工位的数据库用户。</translation>
        </message>
        <message>
            <source>Open &amp;ledger…</source>
            <translation>打开台账(&amp;L)…</translation>
        </message>
        <message>
            <source>Team ledger: %1</source>
            <translation>团队台账：%1</translation>
        </message>
        <message>
            <source>Ledger: %1</source>
            <translation>台账：%1</translation>
        </message>
        <message>
            <source>The ledger this console works on: %1</source>
            <translation>本控制台当前使用的台账：%1</translation>
        </message>
        <message>
            <source>The password could not be saved in the secret store (%1); it is used for this run only.</source>
            <translation>无法将密码保存到密钥存储（%1）；本次运行期间仍使用该密码。</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接 %1…</translation>
        </message>
        <message>
            <source>The ledger %1 cannot be opened: %2</source>
            <translation>无法打开台账 %1：%2</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>重试(&amp;R)</translation>
        </message>
        <message>
            <source>Open &amp;another ledger…</source>
            <translation>打开其他台账(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Connects once to the server with these settings (the password typed here, else the one saved for this server, else PGPASSFILE) and says whether it answers.</source>
            <translation>用这些设置连接服务器一次（使用此处输入的密码，否则使用为该服务器保存的密码，再否则使用 PGPASSFILE），并告知服务器是否应答。</translation>
        </message>
    </context>
    <context>
        <name>pn::PeriodFilter</name>
        <message>
            <source>Any time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>最近 90 天</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>最近 365 天</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>自定义范围…</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>创建时间：</translation>
        </message>
        <message>
            <source>Only bindings created in this period. Older history is read from the ledger page by page as you scroll.</source>
            <translation>只显示在此期间创建的绑定关系。较早的历史记录在滚动时从台账逐页读取。</translation>
        </message>
        <message>
            <source>First day (included)</source>
            <translation>起始日（含）</translation>
        </message>
        <message>
            <source>Last day (included)</source>
            <translation>结束日（含）</translation>
        </message>
    </context>
    <context>
        <name>pn::PlatformClient</name>
        <message>
            <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
            <translation>CA 文件 %1 无法读取，或其中没有 PEM 证书。</translation>
        </message>
        <message>
            <source>The platform address "%1" is not a valid URL.</source>
            <translation>平台地址“%1”不是有效的 URL。</translation>
        </message>
        <message>
            <source>The platform address must start with https://.</source>
            <translation>平台地址必须以 https:// 开头。</translation>
        </message>
        <message>
            <source>The platform address uses plain http://, which this profile does not allow. Use https://, or allow plain HTTP in the profile if the platform has allow-listed this computer's IP address.</source>
            <translation>平台地址使用明文 http://，而此配置不允许。请使用 https://；如果平台已将本机 IP 地址加入白名单，也可以在配置中允许明文 HTTP。</translation>
        </message>
        <message>
            <source>The developer ID (devid) is missing.</source>
            <translation>缺少开发者 ID（devid）。</translation>
        </message>
        <message>
            <source>The auth key is missing.</source>
            <translation>缺少认证密钥。</translation>
        </message>
        <message>
            <source>Plain HTTP: requests, numbers and signatures travel unencrypted. Use it only on a network you trust, for an IP address the platform has allow-listed.</source>
            <translation>明文 HTTP：请求、号码和签名均以未加密方式传输。仅可在可信网络中、且平台已将 IP 地址加入白名单时使用。</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 分 %2 秒</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>this computer's clock is %1 behind the platform's</source>
            <translation>本机时钟比平台慢 %1</translation>
        </message>
        <message>
            <source>this computer's clock is %1 ahead of the platform's</source>
            <translation>本机时钟比平台快 %1</translation>
        </message>
        <message>
            <source>The clock differs from the platform's: %1. Requests are signed with the platform's time; please correct the clock.</source>
            <translation>时钟与平台不一致：%1。请求已按平台时间签名；请校正本机时钟。</translation>
        </message>
        <message>
            <source>The clock differs from the platform's: %1. Requests will be refused until the clock is corrected.</source>
            <translation>时钟与平台不一致：%1。在校正时钟之前，请求将被拒绝。</translation>
        </message>
        <message>
            <source>The secure connection to %1 was refused: %2. Check the platform address and the profile's CA file.</source>
            <translation>与 %1 的安全连接被拒绝：%2。请检查平台地址和配置中的 CA 文件。</translation>
        </message>
        <message>
            <source>No answer from the platform within %1 s.</source>
            <translation>平台在 %1 秒内没有应答。</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>网络错误：%1</translation>
        </message>
        <message>
            <source> The platform says: %1</source>
            <translation> 平台返回：%1</translation>
        </message>
        <message>
            <source>Authentication failed (HTTP 401): %1, and the platform accepts signatures only within 3 minutes of its own time. Correct the clock or turn on clock-skew compensation.%2</source>
            <translation>鉴权失败（HTTP 401）：%1，而平台只接受与其时间相差 3 分钟以内的签名。请校正本机时钟或开启时钟偏差补偿。%2</translation>
        </message>
        <message>
            <source>Authentication failed (HTTP 401): check the developer ID and the auth key.%1</source>
            <translation>鉴权失败（HTTP 401）：请检查开发者 ID 和认证密钥。%1</translation>
        </message>
        <message>
            <source>The platform answered HTTP %1.</source>
            <translation>平台返回 HTTP %1。</translation>
        </message>
        <message>
            <source>The platform answered HTTP %1; check the platform address.</source>
            <translation>平台返回 HTTP %1；请检查平台地址。</translation>
        </message>
        <message>
            <source>The platform's answer is not the JSON it should be.</source>
            <translation>平台的应答不是规定格式的 JSON。</translation>
        </message>
        <message>
            <source>The platform's answer has no subid.</source>
            <translation>平台的应答中没有 subid。</translation>
        </message>
        <message>
            <source> (sent %1 times on the wire: the connection closed before an answer)</source>
            <translation>（实际发送了 %1 次：连接在应答前已关闭）</translation>
        </message>
        <message>
            <source>The platform's answer is larger than %1 KiB and was cut off.</source>
            <translation>平台的应答超过 %1 KiB，已被截断。</translation>
        </message>
        <message>
            <source>The platform answered HTTP %1 with error 0, which is not a valid answer.</source>
            <translation>平台以 HTTP %1 应答却带 error 0，这不是有效的应答。</translation>
        </message>
        <message>
            <source>The platform's answer has no valid subid (a text of 1 to 128 letters, digits, -, _, . or : is expected).</source>
            <translation>平台的应答中没有有效的 subid（应为 1 至 128 个字母、数字或 -、_、.、: 组成的文本）。</translation>
        </message>
    </context>
    <context>
        <name>pn::ProfileEditor</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>File with the auth key</source>
            <translation>存放认证密钥的文件</translation>
        </message>
        <message>
            <source>File with the callback token</source>
            <translation>存放回调令牌的文件</translation>
        </message>
        <message>
            <source>CA certificates (PEM)</source>
            <translation>CA 证书（PEM）</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>添加账号配置</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>编辑账号配置</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回调</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>环境(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>接口地址(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Developer ID (devid):</source>
            <translation>开发者 ID（devid）(&amp;D)：</translation>
        </message>
        <message>
            <source>Auth &amp;key:</source>
            <translation>认证密钥(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;APP IDs:</source>
            <translation>APP ID(&amp;A)：</translation>
        </message>
        <message>
            <source>Default APP ID:</source>
            <translation>默认 APP ID：</translation>
        </message>
        <message>
            <source>&amp;X numbers:</source>
            <translation>X 号码(&amp;X)：</translation>
        </message>
        <message>
            <source>&amp;CA file:</source>
            <translation>CA 文件(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>超时(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Rate limit (requests/s, 0 = none):</source>
            <translation>速率限制（次/秒，0 = 不限）(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Low-balance warning (yuan, 0 = none):</source>
            <translation>余额不足提醒（元，0 = 不提醒）(&amp;L)：</translation>
        </message>
        <message>
            <source>Callback &amp;address:</source>
            <translation>回调地址(&amp;A)：</translation>
        </message>
        <message>
            <source>Callback &amp;port (0 = any):</source>
            <translation>回调端口（0 = 任意）(&amp;P)：</translation>
        </message>
        <message>
            <source>Callback allow-&amp;list:</source>
            <translation>回调白名单(&amp;L)：</translation>
        </message>
        <message>
            <source>Callback &amp;token:</source>
            <translation>回调令牌(&amp;T)：</translation>
        </message>
        <message>
            <source>one or more, separated by commas</source>
            <translation>一个或多个，用逗号分隔</translation>
        </message>
        <message>
            <source>One X number per line, or separated by commas.</source>
            <translation>每行一个 X 号码，或用逗号分隔。</translation>
        </message>
        <message>
            <source>stored; type or paste a new key to replace it</source>
            <translation>已保存；输入或粘贴新密钥即可替换</translation>
        </message>
        <message>
            <source>type or paste the auth key</source>
            <translation>输入或粘贴认证密钥</translation>
        </message>
        <message>
            <source>From file…</source>
            <translation>从文件读取…</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>optional: extra trusted CA certificates (PEM)</source>
            <translation>可选：额外信任的 CA 证书（PEM）</translation>
        </message>
        <message>
            <source>stored; type or paste a new token to replace it</source>
            <translation>已保存；输入或粘贴新令牌即可替换</translation>
        </message>
        <message>
            <source>optional shared secret (X-PN-Token)</source>
            <translation>可选的共享密钥（X-PN-Token）</translation>
        </message>
        <message>
            <source>Allow plain HTTP (http://)</source>
            <translation>允许明文 HTTP（http://）</translation>
        </message>
        <message>
            <source>Remove the stored callback token</source>
            <translation>删除已保存的回调令牌</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>A key is stored (%1). It is never shown; it can only be replaced.</source>
            <translation>已保存密钥（%1）。密钥永不显示，只能替换。</translation>
        </message>
        <message>
            <source>A token is stored. It is never shown; it can be replaced or removed.</source>
            <translation>已保存令牌。令牌永不显示，可以替换或删除。</translation>
        </message>
        <message>
            <source>The auth key is required.</source>
            <translation>认证密钥为必填项。</translation>
        </message>
        <message>
            <source>The auth key must not contain spaces or line breaks.</source>
            <translation>认证密钥不能包含空格或换行。</translation>
        </message>
        <message>
            <source>Plain HTTP sends every request, the signed Authorization header and the phone numbers unencrypted: anyone on the network path can read and change them. Use it only for a test server on this computer or a trusted network.</source>
            <translation>明文 HTTP 会以未加密的方式发送每个请求、签名后的 Authorization 头和电话号码：网络路径上的任何人都能读取和篡改。仅可用于本机或可信网络中的测试服务器。</translation>
        </message>
        <message>
            <source>A production profile with plain HTTP is saved only after you confirm it.</source>
            <translation>使用明文 HTTP 的生产环境账号配置须经您确认后才会保存。</translation>
        </message>
        <message>
            <source>Cannot test: %1</source>
            <translation>无法测试：%1</translation>
        </message>
        <message>
            <source>Enter the auth key to test the connection.</source>
            <translation>请输入认证密钥以测试连接。</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>正在测试到 %1 的连接…</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>trial</source>
            <translation>试用</translation>
        </message>
        <message>
            <source>active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Connected. Account %1, balance %2 yuan, clock skew %3.</source>
            <translation>连接成功。账号状态：%1，余额 %2 元，时钟偏差 %3。</translation>
        </message>
        <message>
            <source>The platform refused the signature (HTTP 401): the developer ID or the auth key is wrong, or this computer's clock differs from the platform's by more than 3 minutes (measured: %1).</source>
            <translation>平台拒绝了签名（HTTP 401）：开发者 ID 或认证密钥错误，或本机时钟与平台时间相差超过 3 分钟（实测：%1）。</translation>
        </message>
        <message>
            <source>Secure connection failed (TLS): %1</source>
            <translation>安全连接失败（TLS）：%1</translation>
        </message>
        <message>
            <source>The test failed: %1</source>
            <translation>测试失败：%1</translation>
        </message>
        <message>
            <source>Plain HTTP on production</source>
            <translation>生产环境使用明文 HTTP</translation>
        </message>
        <message>
            <source>The production profile "%1" would send its requests over plain HTTP, readable by anyone on the network path. Save it anyway?</source>
            <translation>生产环境账号配置“%1”将通过明文 HTTP 发送请求，网络路径上的任何人都能读取。仍要保存吗？</translation>
        </message>
        <message>
            <source>Save with plain HTTP</source>
            <translation>以明文 HTTP 保存</translation>
        </message>
        <message>
            <source>Not saved: plain HTTP on production was not confirmed.</source>
            <translation>未保存：未确认在生产环境使用明文 HTTP。</translation>
        </message>
        <message>
            <source>Keep real &amp;numbers of ended bindings:</source>
            <translation>已结束绑定的真实号码保留(&amp;N)：</translation>
        </message>
        <message>
            <source>forever</source>
            <translation>永久</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
    </context>
    <context>
        <name>pn::ProfileSwitcher</name>
        <message numerus="yes">
            <source>The key vault was locked after %n idle minute(s).</source>
            <translation>
                <numerusform>空闲 %n 分钟后，密钥保险库已锁定。</numerusform>
            </translation>
        </message>
        <message>
            <source>The vault stays locked; nothing was changed.</source>
            <translation>保险库保持锁定；未做任何更改。</translation>
        </message>
        <message>
            <source>The master password of the key vault was changed.</source>
            <translation>密钥保险库的主密码已更改。</translation>
        </message>
        <message>
            <source>Manage profiles…</source>
            <translation>管理账号配置…</translation>
        </message>
        <message>
            <source>&amp;Profiles…</source>
            <translation>账号配置(&amp;P)…</translation>
        </message>
        <message>
            <source>Connect your account…</source>
            <translation>连接您的账号…</translation>
        </message>
        <message>
            <source>Try the sandbox</source>
            <translation>试用沙箱</translation>
        </message>
        <message>
            <source>No account is connected yet. Connect your platform account with its developer ID and auth key, or try everything on the built-in sandbox first.</source>
            <translation>尚未连接任何账号。请用开发者 ID 和认证密钥连接您的平台账号，或先在内置沙箱中试用全部功能。</translation>
        </message>
        <message>
            <source>Vault: unlocked</source>
            <translation>保险库：已解锁</translation>
        </message>
        <message>
            <source>Vault: locked</source>
            <translation>保险库：已锁定</translation>
        </message>
        <message>
            <source>Lock the key vault now (%1)</source>
            <translation>立即锁定密钥保险库（%1）</translation>
        </message>
        <message>
            <source>Unlock the key vault (%1)</source>
            <translation>解锁密钥保险库（%1）</translation>
        </message>
        <message>
            <source>Use the %1</source>
            <translation>使用%1</translation>
        </message>
        <message>
            <source>Try the keychain again</source>
            <translation>重试系统钥匙串</translation>
        </message>
        <message>
            <source>Open the profile editor for your platform account (developer ID, auth key, APP IDs, X numbers)</source>
            <translation>打开账号配置编辑器，填写您的平台账户（开发者 ID、认证密钥、APP ID、X 号码）</translation>
        </message>
        <message>
            <source>Keep working on the built-in sandbox, which needs no account</source>
            <translation>继续使用内置沙箱，无需账户</translation>
        </message>
        <message>
            <source>Open the secret store this data folder already uses, for this session</source>
            <translation>在本次会话中打开此数据文件夹已在使用的密钥存储</translation>
        </message>
        <message>
            <source>Look for the OS keychain again, after it was unlocked or started</source>
            <translation>在系统钥匙串解锁或启动后，重新查找它</translation>
        </message>
    </context>
    <context>
        <name>pn::ProfilesDialog</name>
        <message>
            <source>Import profiles</source>
            <translation>导入账号配置</translation>
        </message>
        <message>
            <source>Callback token of the imported profile "%1":</source>
            <translation>导入的账号配置“%1”的回调令牌：</translation>
        </message>
        <message>
            <source>Auth key of the imported profile "%1" (devid %2):</source>
            <translation>导入的账号配置“%1”（devid %2）的认证密钥：</translation>
        </message>
        <message>
            <source>Profile exports (*.json)</source>
            <translation>账号配置导出文件 (*.json)</translation>
        </message>
        <message>
            <source>Export profiles</source>
            <translation>导出账号配置</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>账号配置</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>接口地址</translation>
        </message>
        <message>
            <source>Developer ID</source>
            <translation>开发者 ID</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>密钥</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>使用(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Duplicate…</source>
            <translation>复制(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>删除(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Master &amp;password…</source>
            <translation>主密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Lock the vault after idle minutes (0 = never):</source>
            <translation>空闲多少分钟后锁定保险库（0 = 从不）：</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Keys are kept in: %1</source>
            <translation>密钥保存在：%1</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translation>（已锁定）</translation>
        </message>
        <message>
            <source>(unlocked)</source>
            <translation>（已解锁）</translation>
        </message>
        <message>
            <source>generated at each start</source>
            <translation>每次启动时生成</translation>
        </message>
        <message>
            <source>none stored</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>The profile in use</source>
            <translation>正在使用的账号配置</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1（副本）</translation>
        </message>
        <message>
            <source>Profile "%1" added; its key is in the %2.</source>
            <translation>已添加账号配置“%1”；其密钥保存在%2中。</translation>
        </message>
        <message>
            <source>Profile "%1" saved with its new key.</source>
            <translation>已保存账号配置“%1”及其新密钥。</translation>
        </message>
        <message>
            <source>Profile "%1" saved.</source>
            <translation>已保存账号配置“%1”。</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>删除账号配置</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message numerus="yes">
            <source>The profile "%1" still has %n pending or active binding(s) or transfer(s); release them first.</source>
            <translation>
                <numerusform>账号配置“%1”仍有 %n 个待确认或生效中的绑定关系或转接；请先释放。</numerusform>
            </translation>
        </message>
        <message>
            <source>Force the removal</source>
            <translation>强制删除</translation>
        </message>
        <message>
            <source>Remove it anyway? The ledger forgets these records; on the platform they stay bound until they expire or are released with another tool.</source>
            <translation>仍要删除吗？台账将不再记录这些记录；在平台上它们仍保持绑定，直到过期或用其他工具释放。</translation>
        </message>
        <message>
            <source>Remove anyway</source>
            <translation>仍然删除</translation>
        </message>
        <message>
            <source>Profile "%1" removed.</source>
            <translation>已删除账号配置“%1”。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) exported to %1 (without keys or tokens).</source>
            <translation>
                <numerusform>已将 %n 个账号配置导出到 %1（不含密钥和令牌）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Import stopped: no key was entered for "%1".</source>
            <translation>导入已停止：未输入“%1”的密钥。</translation>
        </message>
        <message>
            <source>Import stopped: no callback token was entered for "%1".</source>
            <translation>导入已停止：未输入“%1”的回调令牌。</translation>
        </message>
        <message>
            <source>Imported: %1.</source>
            <translation>已导入：%1。</translation>
        </message>
        <message>
            <source>Switch the whole window to the selected profile</source>
            <translation>将整个窗口切换到所选账号配置</translation>
        </message>
        <message>
            <source>Add a profile: account, environment, keys and callback settings</source>
            <translation>添加账号配置：账户、环境、密钥和回调设置</translation>
        </message>
        <message>
            <source>Change the selected profile; its key can be replaced, never read</source>
            <translation>修改所选账号配置；其密钥只能替换，无法读出</translation>
        </message>
        <message>
            <source>A new profile with the selected one's settings (the key is entered again)</source>
            <translation>用所选账号配置的设置新建一个（密钥需重新输入）</translation>
        </message>
        <message>
            <source>Remove the selected profile and its stored key from this computer (asks first; refused while it has open bindings or bulk jobs)</source>
            <translation>从本机删除所选账号配置及其保存的密钥（先确认；仍有未结束的绑定关系或批量任务时拒绝）</translation>
        </message>
        <message>
            <source>Add profiles from a JSON export; each key is asked for</source>
            <translation>从 JSON 导出文件添加账号配置；会逐个询问密钥</translation>
        </message>
        <message>
            <source>Save the selected profiles (or all) as JSON, without keys or tokens</source>
            <translation>将所选（或全部）账号配置保存为 JSON，不含密钥和令牌</translation>
        </message>
        <message>
            <source>Change the master password of the key vault</source>
            <translation>修改密钥库的主密码</translation>
        </message>
        <message>
            <source>Close this dialog</source>
            <translation>关闭此对话框</translation>
        </message>
        <message>
            <source>A bulk job is sending on the profile "%1" in this window. Stop it (or let it finish) before removing the profile.</source>
            <translation>本窗口中有批量任务正在使用账号配置“%1”发送请求。请先停止它（或等它完成），再删除该账号配置。</translation>
        </message>
        <message>
            <source>Remove the profile "%1" (devid %2)? Its finished bindings, transfers and bulk jobs and its stored key are deleted from this computer. This cannot be undone.</source>
            <translation>删除账号配置“%1”（devid %2）吗？它已结束的绑定关系、转接、批量任务以及保存的密钥都会从本机删除。此操作无法撤销。</translation>
        </message>
        <message>
            <source>Remove it anyway? The ledger forgets these records and bulk jobs (a stopped job cannot be resumed); on the platform what was bound stays bound until it expires or is released with another tool.</source>
            <translation>仍要删除吗？台账将不再记录这些记录和批量任务（停止的任务无法续做）；在平台上已绑定的号码仍保持绑定，直到过期或用其他工具释放。</translation>
        </message>
    </context>
    <context>
        <name>pn::RecordingArchive</name>
        <message>
            <source>not a WAV file (no RIFF/WAVE header)</source>
            <translation>不是 WAV 文件（没有 RIFF/WAVE 文件头）</translation>
        </message>
        <message>
            <source>the WAV header announces %1 bytes, the file has %2</source>
            <translation>WAV 文件头声明 %1 字节，文件实际为 %2 字节</translation>
        </message>
        <message>
            <source>a broken ID3 tag</source>
            <translation>ID3 标签已损坏</translation>
        </message>
        <message>
            <source>neither a WAV nor an MP3 file</source>
            <translation>既不是 WAV 也不是 MP3 文件</translation>
        </message>
        <message>
            <source>Cannot prepare the recordings archive: %1</source>
            <translation>无法准备录音存档：%1</translation>
        </message>
        <message>
            <source>The largest recording must be at least 1 KiB and the days to keep 0 (forever) or more.</source>
            <translation>录音大小上限至少为 1 KiB，保留天数须为 0（永久）或更多。</translation>
        </message>
        <message>
            <source>the taskid cannot name a file</source>
            <translation>该 taskid 不能用作文件名</translation>
        </message>
        <message>
            <source>the recording link is not an http(s) URL</source>
            <translation>录音链接不是 http(s) 地址</translation>
        </message>
        <message>
            <source>The call %1 has no recording.</source>
            <translation>通话 %1 没有录音。</translation>
        </message>
        <message>
            <source>plain http is not allowed for this profile (use https)</source>
            <translation>此配置不允许明文 http（请使用 https）</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>larger than the profile's limit of %1 bytes</source>
            <translation>超过配置的上限 %1 字节</translation>
        </message>
        <message>
            <source>cannot write the recording: %1</source>
            <translation>无法写入录音：%1</translation>
        </message>
        <message>
            <source>the server refused to resume (HTTP 416)</source>
            <translation>服务器拒绝续传（HTTP 416）</translation>
        </message>
        <message>
            <source>HTTP %1 %2</source>
            <translation>HTTP %1 %2</translation>
        </message>
        <message>
            <source>the download ended after %1 of %2 bytes</source>
            <translation>下载在 %1/%2 字节时中断</translation>
        </message>
        <message>
            <source>refused: %1</source>
            <translation>已拒绝：%1</translation>
        </message>
        <message>
            <source>cannot keep the recording as %1</source>
            <translation>无法将录音保存为 %1</translation>
        </message>
    </context>
    <context>
        <name>pn::RecordingPlayer</name>
        <message>
            <source>Export recording</source>
            <translation>导出录音</translation>
        </message>
        <message>
            <source>Recordings (*.wav *.mp3)</source>
            <translation>录音 (*.wav *.mp3)</translation>
        </message>
        <message>
            <source>This recording is not in the archive yet.</source>
            <translation>此录音尚未存档。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Downloading: %1 of %2 KB</source>
            <translation>正在下载：%1/%2 KB</translation>
        </message>
        <message>
            <source>Downloading: %1 KB</source>
            <translation>正在下载：%1 KB</translation>
        </message>
        <message>
            <source>Not in the archive (turn recordings on for this profile, or fetch it now).</source>
            <translation>未存档（请为此配置开启录音存档，或立即下载）。</translation>
        </message>
        <message>
            <source>Removed from the archive by the retention policy.</source>
            <translation>已按保留策略从存档中删除。</translation>
        </message>
        <message>
            <source>Could not be archived: %1</source>
            <translation>无法存档：%1</translation>
        </message>
        <message>
            <source>Waiting for another try (%1).</source>
            <translation>等待重试（%1）。</translation>
        </message>
        <message>
            <source>Queued for download.</source>
            <translation>已排队等待下载。</translation>
        </message>
        <message>
            <source>No audio output on this computer: export the file to play it elsewhere.</source>
            <translation>本机没有音频输出设备：请导出文件后在其他地方播放。</translation>
        </message>
        <message>
            <source>Cannot play this file: %1</source>
            <translation>无法播放此文件：%1</translation>
        </message>
        <message>
            <source>Archived: %1 (%2 KB)</source>
            <translation>已存档：%1（%2 KB）</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save a copy of the archived recording.</source>
            <translation>保存存档录音的副本。</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>复制链接</translation>
        </message>
        <message>
            <source>Copy the platform's link to this recording.</source>
            <translation>复制平台提供的此录音链接。</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>打开链接</translation>
        </message>
        <message>
            <source>Open the platform's link in the browser.</source>
            <translation>在浏览器中打开平台提供的链接。</translation>
        </message>
        <message>
            <source>Fetch now</source>
            <translation>立即下载</translation>
        </message>
        <message>
            <source>Download this recording into the archive now.</source>
            <translation>立即将此录音下载到存档。</translation>
        </message>
        <message>
            <source>Position in the recording</source>
            <translation>录音播放位置</translation>
        </message>
        <message>
            <source>Pause the recording.</source>
            <translation>暂停播放录音。</translation>
        </message>
        <message>
            <source>Play the archived recording.</source>
            <translation>播放已归档的录音。</translation>
        </message>
    </context>
    <context>
        <name>pn::RecordingPolicyDialog</name>
        <message>
            <source>Recordings archive</source>
            <translation>录音存档</translation>
        </message>
        <message>
            <source>Recordings archive — %1</source>
            <translation>录音存档 — %1</translation>
        </message>
        <message>
            <source>Download this profile's call recordings into the data folder</source>
            <translation>将此配置的通话录音下载到数据文件夹</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>for ever</source>
            <translation>永久</translation>
        </message>
        <message>
            <source>Platforms keep recordings only for a while (Huawei: 7 days). Files larger than the limit are refused; files of calls older than the days to keep are removed.</source>
            <translation>平台只保留录音一段时间（华为：7 天）。超过大小上限的文件会被拒绝；早于保留天数的通话录音会被删除。</translation>
        </message>
        <message>
            <source>Largest recording:</source>
            <translation>录音大小上限：</translation>
        </message>
        <message>
            <source>Keep for:</source>
            <translation>保留时长：</translation>
        </message>
    </context>
    <context>
        <name>pn::RequestLogModel</name>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>请求 ID</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误码</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>尝试次数</translation>
        </message>
    </context>
    <context>
        <name>pn::RequestLogTab</name>
        <message>
            <source>No requests yet: every call to the platform (create, release, account) is listed here.</source>
            <translation>还没有请求：对平台的每次调用（创建、解绑、查询账号）都会列在这里。</translation>
        </message>
    </context>
    <context>
        <name>pn::RetentionDialog</name>
        <message>
            <source>Retention: real numbers of %1 bindings and %2 call records erased; ledger %3 MB → %4 MB.</source>
            <translation>数据保留：已清除 %1 条绑定和 %2 条话单的真实号码；台账 %3 MB → %4 MB。</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>数据保留</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Keep them forever</source>
            <translation>永久保留</translation>
        </message>
        <message>
            <source>Keep real numbers of ended bindings for:</source>
            <translation>已结束绑定的真实号码保留：</translation>
        </message>
        <message>
            <source>Export with the real numbers (written to the audit log)</source>
            <translation>导出时包含真实号码（记入审计日志）</translation>
        </message>
        <message>
            <source>Export what will be erased…</source>
            <translation>导出将被清除的记录…</translation>
        </message>
        <message>
            <source>Erase now…</source>
            <translation>立即清除…</translation>
        </message>
        <message>
            <source>Due now: %1 bindings and %2 call records of this profile.</source>
            <translation>当前到期：本账号配置的 %1 条绑定和 %2 条话单。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Export what will be erased</source>
            <translation>导出将被清除的记录</translation>
        </message>
        <message>
            <source>retention-export.csv</source>
            <translation>retention-export.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Erase real numbers</source>
            <translation>清除真实号码</translation>
        </message>
        <message>
            <source>Erase the real numbers of every binding due now (see above), of their calls and request-log lines? This cannot be undone.</source>
            <translation>清除当前到期的所有绑定（见上文）及其通话和请求日志中的真实号码？此操作无法撤销。</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Cannot read the key of the number hashes: %1</source>
            <translation>无法读取号码哈希的密钥：%1</translation>
        </message>
        <message>
            <source>Erasing…</source>
            <translation>正在清除…</translation>
        </message>
        <message>
            <source>Retention did not run: %1</source>
            <translation>数据保留未执行：%1</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Retention…</source>
            <translation>数据保留(&amp;R)…</translation>
        </message>
        <message numerus="yes">
            <source>%n recording file(s) deleted.</source>
            <translation>
                <numerusform>已删除 %n 个录音文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Real numbers of bindings that ended longer ago than this (and of their calls) are replaced by the masked form and a keyed hash, once a day: the binding can still be found by its full number, but the number is no longer stored. Their recordings are deleted too. This cannot be undone.</source>
            <translation>结束时间早于此期限的绑定（及其通话）的真实号码，每天一次被替换为打码形式和带密钥的哈希：仍可用完整号码找到该绑定，但号码本身不再保存。其录音也一并删除。此操作无法撤销。</translation>
        </message>
        <message>
            <source>%1 bindings exported to %2; beside it their %3 call records, %4 call starts and %5 request-log lines (…-calls.csv, …-call-starts.csv, …-requests.csv).</source>
            <translation>已将 %1 条绑定导出到 %2；同一文件夹中还有它们的 %3 条话单、%4 条始呼记录和 %5 行请求日志（…-calls.csv、…-call-starts.csv、…-requests.csv）。</translation>
        </message>
    </context>
    <context>
        <name>pn::SandboxFaultsPanel</name>
        <message>
            <source>Sandbox faults</source>
            <translation>沙箱故障</translation>
        </message>
        <message numerus="yes">
            <source>fired %n time(s)</source>
            <translation>
                <numerusform>已触发 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>Faults of the built-in sandbox platform, applied at once (0 = off). Every subid must survive them: compare the ledger with the sandbox afterwards.</source>
            <translation>内置沙箱平台的故障，立即生效（0 = 关闭）。每个 subid 都必须经受住这些故障：之后请把台账与沙箱比对。</translation>
        </message>
        <message>
            <source>Maintenance: every request answers 1501</source>
            <translation>维护：每个请求都应答 1501</translation>
        </message>
        <message>
            <source>Every Nth request answers HTTP 401</source>
            <translation>每第 N 个请求应答 HTTP 401</translation>
        </message>
        <message>
            <source>Rate limit (requests per second; over it → 1105)</source>
            <translation>限流（每秒请求数；超过 → 1105）</translation>
        </message>
        <message>
            <source>Every Nth request answers 1500 (temporary failure)</source>
            <translation>每第 N 个请求应答 1500（系统临时故障）</translation>
        </message>
        <message>
            <source>Every Nth create or release is committed, then the answer is dropped</source>
            <translation>每第 N 个创建或解绑请求在提交后丢弃应答</translation>
        </message>
        <message>
            <source>Every Nth answer is malformed JSON (after commit)</source>
            <translation>每第 N 个应答是损坏的 JSON（提交之后）</translation>
        </message>
        <message>
            <source>Every answer waits (ms)</source>
            <translation>每个应答延迟（毫秒）</translation>
        </message>
        <message>
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> 毫秒</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关</translation>
        </message>
    </context>
    <context>
        <name>pn::SandboxPlatform</name>
        <message>
            <source>The sandbox admin API answers only to loopback clients.</source>
            <translation>沙箱管理接口只响应本机回环地址的客户端。</translation>
        </message>
        <message>
            <source>Use GET or PUT.</source>
            <translation>请使用 GET 或 PUT。</translation>
        </message>
        <message>
            <source>Use GET or POST.</source>
            <translation>请使用 GET 或 POST。</translation>
        </message>
        <message>
            <source>No account has the developer ID %1.</source>
            <translation>没有开发者 ID 为 %1 的账号。</translation>
        </message>
        <message>
            <source>The account state must be 0, 1, 2 or 3.</source>
            <translation>账号状态必须是 0、1、2 或 3。</translation>
        </message>
        <message>
            <source>No recording has the taskid %1.</source>
            <translation>没有 taskid 为 %1 的录音。</translation>
        </message>
        <message>
            <source>The sandbox admin API has no %1 %2.</source>
            <translation>沙箱管理接口没有 %1 %2。</translation>
        </message>
        <message>
            <source>The sandbox is already listening.</source>
            <translation>沙箱已在监听。</translation>
        </message>
        <message>
            <source>No PEM certificate could be read from %1.</source>
            <translation>无法从 %1 读取 PEM 证书。</translation>
        </message>
        <message>
            <source>Cannot read the private key %1: %2</source>
            <translation>无法读取私钥 %1：%2</translation>
        </message>
        <message>
            <source>The private key %1 is not an unencrypted PEM RSA or EC key.</source>
            <translation>私钥 %1 不是未加密的 PEM 格式 RSA 或 EC 密钥。</translation>
        </message>
        <message>
            <source>Open the sandbox state file before listening.</source>
            <translation>请先打开沙箱状态文件，再开始监听。</translation>
        </message>
        <message>
            <source>The sandbox admin API answers only to its own address, not to Host %1.</source>
            <translation>沙箱管理接口只响应发往其自身地址的请求，不响应 Host %1。</translation>
        </message>
        <message>
            <source>The sandbox admin API refuses requests from web pages of other origins (%1).</source>
            <translation>沙箱管理接口拒绝来自其他来源网页的请求（%1）。</translation>
        </message>
        <message>
            <source>The sandbox admin API takes application/json or application/x-www-form-urlencoded bodies, not %1.</source>
            <translation>沙箱管理接口只接受 application/json 或 application/x-www-form-urlencoded 请求体，而不是 %1。</translation>
        </message>
    </context>
    <context>
        <name>pn::Session</name>
        <message>
            <source>Reconciled %1 earlier requests: %2 created, %3 released, %4 refused, %5 still without an answer.</source>
            <translation>已核对 %1 个先前的请求：%2 个已创建，%3 个已释放，%4 个被拒绝，%5 个仍无应答。</translation>
        </message>
    </context>
    <context>
        <name>pn::SimulateCallDialog</name>
        <message>
            <source>Simulate a call to %1</source>
            <translation>模拟呼叫 %1</translation>
        </message>
        <message>
            <source>Simulate a call on %1</source>
            <translation>在 %1 上模拟呼叫</translation>
        </message>
        <message>
            <source>Caller:</source>
            <translation>主叫：</translation>
        </message>
        <message>
            <source>Other number:</source>
            <translation>其他号码：</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>结果：</translation>
        </message>
        <message>
            <source>Ring time:</source>
            <translation>振铃时长：</translation>
        </message>
        <message>
            <source>Talk time:</source>
            <translation>通话时长：</translation>
        </message>
        <message>
            <source>A (%1) calls B</source>
            <translation>A（%1）呼叫 B</translation>
        </message>
        <message>
            <source>B (%1) calls A</source>
            <translation>B（%1）呼叫 A</translation>
        </message>
        <message>
            <source>A caller (number below) calls X</source>
            <translation>主叫（下方号码）呼叫 X</translation>
        </message>
        <message>
            <source>Another number (below) calls X, reaching A</source>
            <translation>其他号码（下方）呼叫 X，接通 A</translation>
        </message>
        <message>
            <source>e.g. 13700000000</source>
            <translation>例如 13700000000</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Post the call-start callback first</source>
            <translation>先推送呼叫开始回调</translation>
        </message>
        <message>
            <source>Simulate</source>
            <translation>模拟</translation>
        </message>
        <message>
            <source>Type the number that calls.</source>
            <translation>请输入主叫号码。</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>主叫</translation>
        </message>
        <message>
            <source>No call simulated: %1</source>
            <translation>未模拟呼叫：%1</translation>
        </message>
        <message>
            <source>Simulated a call on %1 (task %2, %3); its call record arrives in the Calls tab.</source>
            <translation>已在 %1 上模拟一次呼叫（任务 %2，%3），话单将出现在“通话”页。</translation>
        </message>
    </context>
    <context>
        <name>pn::SingleInstance</name>
        <message>
            <source>The data folder %1 cannot be written.</source>
            <translation>无法写入数据文件夹 %1。</translation>
        </message>
        <message>
            <source>Another console (process %1) has this data folder open but does not answer. Close it, or end that process, and start again.</source>
            <translation>另一个控制台（进程 %1）已打开此数据文件夹，但没有响应。请关闭它或结束该进程，然后重新启动。</translation>
        </message>
        <message>
            <source>The console cannot serve its single-instance socket: %1</source>
            <translation>控制台无法提供单实例套接字：%1</translation>
        </message>
    </context>
    <context>
        <name>pn::TransferDialog</name>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>the privacy number X</source>
            <translation>隐私号 X</translation>
        </message>
        <message>
            <source>the real caller's number</source>
            <translation>主叫的真实号码</translation>
        </message>
        <message>
            <source>Sent as: %1</source>
            <translation>实际发送：%1</translation>
        </message>
        <message>
            <source>No answer from the platform: %1</source>
            <translation>平台无应答：%1</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>0 (forever)</source>
            <translation>0（永久）</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>What you typed is kept: Create works again when the team ledger is back.</source>
            <translation>已填写的内容会保留：团队台账恢复后即可再次点击“创建”。</translation>
        </message>
    </context>
    <context>
        <name>pn::TransfersModel</name>
        <message>
            <source>never</source>
            <translation>永久</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>real caller</source>
            <translation>真实主叫</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X 号码</translation>
        </message>
        <message>
            <source>Number A</source>
            <translation>号码 A</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>Caller display</source>
            <translation>来显方式</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>用户数据</translation>
        </message>
    </context>
    <context>
        <name>pn::TransfersTab</name>
        <message>
            <source>Release…</source>
            <translation>解绑…</translation>
        </message>
        <message>
            <source>Simulate call…</source>
            <translation>模拟呼叫…</translation>
        </message>
        <message>
            <source>No transfers yet — “New transfer” forwards every call to an X number to one real number.</source>
            <translation>还没有转接——“新建转接”可把呼叫某个 X 号码的来电都转到一个真实号码。</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
    </context>
    <context>
        <name>pn::VaultUnlockDialog</name>
        <message>
            <source>Unlock the key vault</source>
            <translation>解锁密钥保险库</translation>
        </message>
        <message>
            <source>The keys of this data folder are in the encrypted vault
%1
Enter its master password to use them.</source>
            <translation>此数据文件夹的密钥保存在加密保险库
%1
中。请输入其主密码以使用这些密钥。</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>Create the key vault</source>
            <translation>创建密钥保险库</translation>
        </message>
        <message>
            <source>The keys of this data folder will be kept in a new encrypted vault
%1
Choose its master password. It cannot be recovered: without it the keys must be entered again.</source>
            <translation>此数据文件夹的密钥将保存在新的加密保险库
%1
中。请设置主密码。主密码无法找回：忘记后须重新输入所有密钥。</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
        <message>
            <source>Change the master password</source>
            <translation>更改主密码</translation>
        </message>
        <message>
            <source>Change the master password of the key vault
%1</source>
            <translation>更改密钥保险库的主密码
%1</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>更改(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>当前密码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Master password:</source>
            <translation>主密码(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>再次输入(&amp;R)：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Wrong password, try again.</source>
            <translation>密码错误，请重试。</translation>
        </message>
        <message>
            <source>The two new passwords differ; type them again.</source>
            <translation>两次输入的新密码不一致，请重新输入。</translation>
        </message>
        <message>
            <source>The new password must not be empty.</source>
            <translation>新密码不能为空。</translation>
        </message>
        <message>
            <source>Enter the master password.</source>
            <translation>请输入主密码。</translation>
        </message>
    </context>
    <context>
        <name>pn::cli::ListenRecordings</name>
        <message>
            <source>No profile keeps its recordings: nothing will be fetched until one does (pnctl recordings policy --profile NAME --on).</source>
            <translation>没有任何配置开启录音保存：在开启之前不会下载任何录音（pnctl recordings policy --profile 名称 --on）。</translation>
        </message>
    </context>
    <context>
        <name>pnctl</name>
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
        <message>
            <source>show the account's state and balance</source>
            <translation>显示账号状态和余额</translation>
        </message>
        <message>
            <source>create an AXB binding: bind X A B --ttl N</source>
            <translation>创建 AXB 绑定关系：bind X A B --ttl N</translation>
        </message>
        <message>
            <source>release an AXB binding: release SUBID</source>
            <translation>释放 AXB 绑定关系：release SUBID</translation>
        </message>
        <message>
            <source>create an XA transfer: transfer X A</source>
            <translation>创建 XA 转接：transfer X A</translation>
        </message>
        <message>
            <source>release an XA transfer: untransfer X</source>
            <translation>释放 XA 转接：untransfer X</translation>
        </message>
        <message>
            <source>list the bindings in the ledger</source>
            <translation>列出台账中的绑定关系</translation>
        </message>
        <message>
            <source>show the request log</source>
            <translation>显示请求日志</translation>
        </message>
        <message>
            <source>print the Keytime Authorization header value</source>
            <translation>输出 Keytime 鉴权头（Authorization）的值</translation>
        </message>
        <message>
            <source>Usage: pnctl [--lang zh_CN|en] [--data-dir DIR] [--profile NAME | --base-url URL --devid ID --appid APP --key-file F] COMMAND [options] [--json]

Commands:
</source>
            <translation>用法：pnctl [--lang zh_CN|en] [--data-dir 目录] [--profile 名称 | --base-url URL --devid ID --appid APP --key-file 文件] 命令 [选项] [--json]

命令：
</translation>
        </message>
        <message>
            <source>
The auth key may also come from the environment variable PN_AUTH_KEY; it is never printed.
Exit codes: 0 ok, 1 platform error, 2 usage or validation, 3 network, TLS or authentication.

Options:
  -h, --help     show this help (COMMAND --help: the command's options)
  -v, --version  show the version
</source>
            <translation>
认证密钥也可以通过环境变量 PN_AUTH_KEY 提供；它永远不会被输出。
退出码：0 成功，1 平台错误，2 用法或参数校验错误，3 网络、TLS 或鉴权错误。

选项：
  -h, --help     显示此帮助（命令 --help：显示该命令的选项）
  -v, --version  显示版本
</translation>
        </message>
        <message>
            <source>receive CDR and call-start callbacks into the ledger</source>
            <translation>接收话单和始呼回调并写入台账</translation>
        </message>
        <message>
            <source>manage credential profiles: profile list|show|add|edit|remove|export|import|vault-password</source>
            <translation>管理账号配置：profile list|show|add|edit|remove|export|import|vault-password</translation>
        </message>
        <message>
            <source>create or release bindings from a CSV file: bulk bind|release FILE --out RESULT; bulk jobs</source>
            <translation>按 CSV 文件批量开通或释放绑定关系：bulk bind|release 文件 --out 结果；bulk jobs</translation>
        </message>
        <message>
            <source>write bindings, transfers, call records or the request log to a CSV file: export bindings|transfers|calls|requests --out FILE</source>
            <translation>将绑定关系、转接、话单或请求日志写入 CSV 文件：export bindings|transfers|calls|requests --out FILE</translation>
        </message>
        <message>
            <source>Cannot write the log file %1: %2</source>
            <translation>无法写入日志文件 %1：%2</translation>
        </message>
        <message>
            <source>list the call records in the ledger</source>
            <translation>列出台账中的话单</translation>
        </message>
        <message>
            <source>fetch, list and configure the call recordings archive</source>
            <translation>下载、列出和配置通话录音存档</translation>
        </message>
        <message>
            <source>show or apply how long real numbers are kept</source>
            <translation>查看或执行真实号码的保留期限</translation>
        </message>
        <message>
            <source>migrate the ledger's schema (administrator)</source>
            <translation>迁移台账的架构（管理员）</translation>
        </message>
        <message>
            <source>show who did what (the audit log)</source>
            <translation>显示谁做了什么（审计日志）</translation>
        </message>
    </context>
    <context>
        <name>pnsim</name>
        <message>
            <source>Sandbox privacy-number platform: a simulator of the whole API.</source>
            <translation>沙箱隐私号平台：完整模拟全部接口。</translation>
        </message>
        <message>
            <source>Address and port to serve (port 0 picks a free one).</source>
            <translation>监听的地址和端口（端口 0 表示自动选择空闲端口）。</translation>
        </message>
        <message>
            <source>An account, DEVID:KEY:APPID[,APPID] (repeatable).</source>
            <translation>一个账号，格式 DEVID:KEY:APPID[,APPID]（可重复）。</translation>
        </message>
        <message>
            <source>A file with one account per line, DEVID:KEY:APPID[,APPID].</source>
            <translation>账号文件，每行一个账号，格式 DEVID:KEY:APPID[,APPID]。</translation>
        </message>
        <message>
            <source>The X numbers of every account, comma separated.</source>
            <translation>所有账号的 X 号码，以逗号分隔。</translation>
        </message>
        <message>
            <source>The SQLite state file (default: in memory).</source>
            <translation>SQLite 状态文件（默认：仅保存在内存中）。</translation>
        </message>
        <message>
            <source>Starting balance of new accounts, in yuan.</source>
            <translation>新账号的初始余额（元）。</translation>
        </message>
        <message>
            <source>Where call-start and CDR callbacks are posted.</source>
            <translation>始呼回调和话单回调的推送地址。</translation>
        </message>
        <message>
            <source>Callback body format: form or json.</source>
            <translation>回调消息体格式：form 或 json。</translation>
        </message>
        <message>
            <source>PEM certificate: serve HTTPS.</source>
            <translation>PEM 证书：以 HTTPS 提供服务。</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>HTTPS 使用的 PEM 私钥。</translation>
        </message>
        <message>
            <source>Answer every Nth request with 1500.</source>
            <translation>每第 N 个请求返回 1500。</translation>
        </message>
        <message>
            <source>Answer 1105 above this many requests per second.</source>
            <translation>每秒请求数超过该值时返回 1105。</translation>
        </message>
        <message>
            <source>Commit every Nth PUT/DELETE, then close the connection without answering.</source>
            <translation>每第 N 个 PUT/DELETE 请求在提交后直接关闭连接，不返回响应。</translation>
        </message>
        <message>
            <source>Delay every answer by this many milliseconds.</source>
            <translation>每个响应延迟该毫秒数。</translation>
        </message>
        <message>
            <source>Answer every Nth request with malformed JSON.</source>
            <translation>每第 N 个请求返回格式错误的 JSON。</translation>
        </message>
        <message>
            <source>Answer every Nth request with HTTP 401.</source>
            <translation>每第 N 个请求返回 HTTP 401。</translation>
        </message>
        <message>
            <source>Answer every request with 1501.</source>
            <translation>所有请求都返回 1501。</translation>
        </message>
        <message>
            <source>Post every CDR three times.</source>
            <translation>每条话单推送三次。</translation>
        </message>
        <message>
            <source>Charge per started minute of an answered call, in yuan.</source>
            <translation>接通的通话每开始一分钟的计费（元）。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Give at least one --account DEVID:KEY:APPID[,APPID].</source>
            <translation>请至少提供一个 --account DEVID:KEY:APPID[,APPID]。</translation>
        </message>
        <message>
            <source>Not an account DEVID:KEY:APPID[,APPID]: %1</source>
            <translation>不是有效的账号 DEVID:KEY:APPID[,APPID]：%1</translation>
        </message>
        <message>
            <source>--callback-format is form or json.</source>
            <translation>--callback-format 只能是 form 或 json。</translation>
        </message>
        <message>
            <source>HTTPS needs both --tls-cert and --tls-key.</source>
            <translation>HTTPS 需要同时提供 --tls-cert 和 --tls-key。</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2</source>
            <translation>无法在 %1 上监听：%2</translation>
        </message>
        <message>
            <source>Serve beyond loopback (anyone on the network can use it).</source>
            <translation>在回环地址以外提供服务（网络上的任何人都可以使用）。</translation>
        </message>
        <message>
            <source>--listen wants HOST:PORT, e.g. 127.0.0.1:0 or [::1]:0.</source>
            <translation>--listen 需要 主机:端口，例如 127.0.0.1:0 或 [::1]:0。</translation>
        </message>
        <message>
            <source>WARNING: serving on %1 beyond loopback: anyone on the network can use the sandbox's API (its admin API still answers loopback only).</source>
            <translation>警告：在回环地址以外的 %1 上提供服务：网络上的任何人都可以使用沙箱的接口（其管理接口仍只响应回环地址）。</translation>
        </message>
        <message>
            <source>Refusing to serve beyond loopback without --insecure-open.</source>
            <translation>未指定 --insecure-open，拒绝在回环地址以外提供服务。</translation>
        </message>
    </context>
</TS>
