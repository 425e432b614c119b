<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CallResultCatalog</name>
        <message>
            <source>answered</source>
            <translation>answered</translation>
        </message>
        <message>
            <source>The call was connected.</source>
            <translation>The call was connected.</translation>
        </message>
        <message>
            <source>unallocated number (the callee number does not exist)</source>
            <translation>unallocated number (the callee number does not exist)</translation>
        </message>
        <message>
            <source>The number dialled does not exist; check the number with the customer.</source>
            <translation>The number dialled does not exist; check the number with the customer.</translation>
        </message>
        <message>
            <source>no route to the specified transit network</source>
            <translation>no route to the specified transit network</translation>
        </message>
        <message>
            <source>The carrier could not route the call; please try again later.</source>
            <translation>The carrier could not route the call; please try again later.</translation>
        </message>
        <message>
            <source>no route to destination</source>
            <translation>no route to destination</translation>
        </message>
        <message>
            <source>The destination cannot be reached from this network; please try again later.</source>
            <translation>The destination cannot be reached from this network; please try again later.</translation>
        </message>
        <message>
            <source>special information tone sent</source>
            <translation>special information tone sent</translation>
        </message>
        <message>
            <source>The network played an information tone; the number may be restricted.</source>
            <translation>The network played an information tone; the number may be restricted.</translation>
        </message>
        <message>
            <source>normal call clearing</source>
            <translation>normal call clearing</translation>
        </message>
        <message>
            <source>The call ended normally before it was answered.</source>
            <translation>The call ended normally before it was answered.</translation>
        </message>
        <message>
            <source>user busy</source>
            <translation>user busy</translation>
        </message>
        <message>
            <source>The callee was busy; please try again later.</source>
            <translation>The callee was busy; please try again later.</translation>
        </message>
        <message>
            <source>no user responding</source>
            <translation>no user responding</translation>
        </message>
        <message>
            <source>The callee's phone did not respond; it may be out of coverage. Try again later.</source>
            <translation>The callee's phone did not respond; it may be out of coverage. Try again later.</translation>
        </message>
        <message>
            <source>no answer from user</source>
            <translation>no answer from user</translation>
        </message>
        <message>
            <source>The phone rang but nobody answered; please try again later.</source>
            <translation>The phone rang but nobody answered; please try again later.</translation>
        </message>
        <message>
            <source>subscriber absent</source>
            <translation>subscriber absent</translation>
        </message>
        <message>
            <source>The callee's phone is switched off or out of coverage.</source>
            <translation>The callee's phone is switched off or out of coverage.</translation>
        </message>
        <message>
            <source>call rejected</source>
            <translation>call rejected</translation>
        </message>
        <message>
            <source>The callee rejected the call.</source>
            <translation>The callee rejected the call.</translation>
        </message>
        <message>
            <source>number changed</source>
            <translation>number changed</translation>
        </message>
        <message>
            <source>The callee's number has changed; ask the customer for the new number.</source>
            <translation>The callee's number has changed; ask the customer for the new number.</translation>
        </message>
        <message>
            <source>destination out of order</source>
            <translation>destination out of order</translation>
        </message>
        <message>
            <source>The callee's line is out of order; please try again later.</source>
            <translation>The callee's line is out of order; please try again later.</translation>
        </message>
        <message>
            <source>invalid number format (incomplete address)</source>
            <translation>invalid number format (incomplete address)</translation>
        </message>
        <message>
            <source>The number is incomplete or malformed; check the number.</source>
            <translation>The number is incomplete or malformed; check the number.</translation>
        </message>
        <message>
            <source>facility rejected</source>
            <translation>facility rejected</translation>
        </message>
        <message>
            <source>The network refused a service the call needed.</source>
            <translation>The network refused a service the call needed.</translation>
        </message>
        <message>
            <source>normal, unspecified</source>
            <translation>normal, unspecified</translation>
        </message>
        <message>
            <source>The call ended without a specific reason; please try again.</source>
            <translation>The call ended without a specific reason; please try again.</translation>
        </message>
        <message>
            <source>no circuit/channel available</source>
            <translation>no circuit/channel available</translation>
        </message>
        <message>
            <source>The network is busy; please try again in a few minutes.</source>
            <translation>The network is busy; please try again in a few minutes.</translation>
        </message>
        <message>
            <source>switching equipment congestion</source>
            <translation>switching equipment congestion</translation>
        </message>
        <message>
            <source>The network is congested; please try again in a few minutes.</source>
            <translation>The network is congested; please try again in a few minutes.</translation>
        </message>
        <message>
            <source>requested facility not subscribed</source>
            <translation>requested facility not subscribed</translation>
        </message>
        <message>
            <source>The callee's line has not subscribed to this service.</source>
            <translation>The callee's line has not subscribed to this service.</translation>
        </message>
        <message>
            <source>outgoing calls barred within CUG</source>
            <translation>outgoing calls barred within CUG</translation>
        </message>
        <message>
            <source>Outgoing calls are barred for the caller's closed user group.</source>
            <translation>Outgoing calls are barred for the caller's closed user group.</translation>
        </message>
        <message>
            <source>incoming calls barred within CUG</source>
            <translation>incoming calls barred within CUG</translation>
        </message>
        <message>
            <source>Incoming calls are barred for the callee's closed user group.</source>
            <translation>Incoming calls are barred for the callee's closed user group.</translation>
        </message>
        <message>
            <source>bearer capability not authorized (callee not enabled for calls)</source>
            <translation>bearer capability not authorized (callee not enabled for calls)</translation>
        </message>
        <message>
            <source>The callee's number is not enabled to receive such calls.</source>
            <translation>The callee's number is not enabled to receive such calls.</translation>
        </message>
        <message>
            <source>bearer capability not presently available</source>
            <translation>bearer capability not presently available</translation>
        </message>
        <message>
            <source>The network cannot carry the call right now; please try again later.</source>
            <translation>The network cannot carry the call right now; please try again later.</translation>
        </message>
        <message>
            <source>bearer capability not implemented</source>
            <translation>bearer capability not implemented</translation>
        </message>
        <message>
            <source>The network does not support this kind of call.</source>
            <translation>The network does not support this kind of call.</translation>
        </message>
        <message>
            <source>requested facility not implemented</source>
            <translation>requested facility not implemented</translation>
        </message>
        <message>
            <source>The network does not support a service the call needed.</source>
            <translation>The network does not support a service the call needed.</translation>
        </message>
        <message>
            <source>user not member of CUG</source>
            <translation>user not member of CUG</translation>
        </message>
        <message>
            <source>The callee is not a member of the closed user group.</source>
            <translation>The callee is not a member of the closed user group.</translation>
        </message>
        <message>
            <source>incompatible destination</source>
            <translation>incompatible destination</translation>
        </message>
        <message>
            <source>The callee's equipment cannot take this call.</source>
            <translation>The callee's equipment cannot take this call.</translation>
        </message>
        <message>
            <source>non-existent CUG</source>
            <translation>non-existent CUG</translation>
        </message>
        <message>
            <source>The closed user group does not exist.</source>
            <translation>The closed user group does not exist.</translation>
        </message>
        <message>
            <source>invalid transit network selection</source>
            <translation>invalid transit network selection</translation>
        </message>
        <message>
            <source>The carrier chose an invalid route; please try again later.</source>
            <translation>The carrier chose an invalid route; please try again later.</translation>
        </message>
        <message>
            <source>invalid message, unspecified</source>
            <translation>invalid message, unspecified</translation>
        </message>
        <message>
            <source>A signalling error occurred in the network; please try again.</source>
            <translation>A signalling error occurred in the network; please try again.</translation>
        </message>
        <message>
            <source>message type non-existent or not implemented</source>
            <translation>message type non-existent or not implemented</translation>
        </message>
        <message>
            <source>parameter non-existent or not implemented</source>
            <translation>parameter non-existent or not implemented</translation>
        </message>
        <message>
            <source>recovery on timer expiry</source>
            <translation>recovery on timer expiry</translation>
        </message>
        <message>
            <source>The network timed out setting up the call; please try again.</source>
            <translation>The network timed out setting up the call; please try again.</translation>
        </message>
        <message>
            <source>parameter non-existent or not implemented, passed on</source>
            <translation>parameter non-existent or not implemented, passed on</translation>
        </message>
        <message>
            <source>message with unrecognized parameter, discarded</source>
            <translation>message with unrecognized parameter, discarded</translation>
        </message>
        <message>
            <source>protocol error, unspecified</source>
            <translation>protocol error, unspecified</translation>
        </message>
        <message>
            <source>A protocol error occurred in the network; please try again.</source>
            <translation>A protocol error occurred in the network; please try again.</translation>
        </message>
        <message>
            <source>interworking, unspecified</source>
            <translation>interworking, unspecified</translation>
        </message>
        <message>
            <source>The call failed between two networks; please try again later.</source>
            <translation>The call failed between two networks; please try again later.</translation>
        </message>
        <message>
            <source>user busy, MSRN fetch failed, platform hung up</source>
            <translation>user busy, MSRN fetch failed, platform hung up</translation>
        </message>
        <message>
            <source>The callee was busy or unreachable; please try again later.</source>
            <translation>The callee was busy or unreachable; please try again later.</translation>
        </message>
        <message>
            <source>user deactivated, platform hung up</source>
            <translation>user deactivated, platform hung up</translation>
        </message>
        <message>
            <source>The callee's number is deactivated.</source>
            <translation>The callee's number is deactivated.</translation>
        </message>
        <message>
            <source>user powered off on the platform side, platform hung up</source>
            <translation>user powered off on the platform side, platform hung up</translation>
        </message>
        <message>
            <source>The callee's phone is switched off; please try again later.</source>
            <translation>The callee's phone is switched off; please try again later.</translation>
        </message>
        <message>
            <source>user has no account, platform hung up</source>
            <translation>user has no account, platform hung up</translation>
        </message>
        <message>
            <source>The number has no account with the platform.</source>
            <translation>The number has no account with the platform.</translation>
        </message>
        <message>
            <source>the privacy number may not call, platform hung up</source>
            <translation>the privacy number may not call, platform hung up</translation>
        </message>
        <message>
            <source>This privacy number is not allowed to make this call; check the binding.</source>
            <translation>This privacy number is not allowed to make this call; check the binding.</translation>
        </message>
        <message>
            <source>real number called its own privacy number, platform hung up</source>
            <translation>real number called its own privacy number, platform hung up</translation>
        </message>
        <message>
            <source>The real number called its own privacy number; call the other party's number instead.</source>
            <translation>The real number called its own privacy number; call the other party's number instead.</translation>
        </message>
        <message>
            <source>caller dialled the privacy number with an original callee, platform hung up</source>
            <translation>caller dialled the privacy number with an original callee, platform hung up</translation>
        </message>
        <message>
            <source>The call to the privacy number carried an original callee; dial the privacy number directly.</source>
            <translation>The call to the privacy number carried an original callee; dial the privacy number directly.</translation>
        </message>
        <message>
            <source>unknown result %1 (varies with the carrier)</source>
            <translation>unknown result %1 (varies with the carrier)</translation>
        </message>
        <message>
            <source>The carrier reported code %1; ask the platform's support if it repeats.</source>
            <translation>The carrier reported code %1; ask the platform's support if it repeats.</translation>
        </message>
        <message>
            <source>callee problem</source>
            <translation>callee problem</translation>
        </message>
        <message>
            <source>number problem</source>
            <translation>number problem</translation>
        </message>
        <message>
            <source>network</source>
            <translation>network</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>platform</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
    </context>
    <context>
        <name>ErrorCatalog</name>
        <message>
            <source>success</source>
            <translation>success</translation>
        </message>
        <message>
            <source>service access error</source>
            <translation>service access error</translation>
        </message>
        <message>
            <source>URL mapping mismatch</source>
            <translation>URL mapping mismatch</translation>
        </message>
        <message>
            <source>invalid parameters</source>
            <translation>invalid parameters</translation>
        </message>
        <message>
            <source>wrong verification code</source>
            <translation>wrong verification code</translation>
        </message>
        <message>
            <source>duplicate submission</source>
            <translation>duplicate submission</translation>
        </message>
        <message>
            <source>account does not exist</source>
            <translation>account does not exist</translation>
        </message>
        <message>
            <source>account authentication failed</source>
            <translation>account authentication failed</translation>
        </message>
        <message>
            <source>account disabled</source>
            <translation>account disabled</translation>
        </message>
        <message>
            <source>account permission not enabled</source>
            <translation>account permission not enabled</translation>
        </message>
        <message>
            <source>ACL restriction</source>
            <translation>ACL restriction</translation>
        </message>
        <message>
            <source>rate limited (flow control)</source>
            <translation>rate limited (flow control)</translation>
        </message>
        <message>
            <source>insufficient balance</source>
            <translation>insufficient balance</translation>
        </message>
        <message>
            <source>task does not exist</source>
            <translation>task does not exist</translation>
        </message>
        <message>
            <source>task conflict or duplicate</source>
            <translation>task conflict or duplicate</translation>
        </message>
        <message>
            <source>resource does not exist</source>
            <translation>resource does not exist</translation>
        </message>
        <message>
            <source>insufficient resources</source>
            <translation>insufficient resources</translation>
        </message>
        <message>
            <source>resource configuration conflict</source>
            <translation>resource configuration conflict</translation>
        </message>
        <message>
            <source>task start failed</source>
            <translation>task start failed</translation>
        </message>
        <message>
            <source>task start timed out</source>
            <translation>task start timed out</translation>
        </message>
        <message>
            <source>temporary system failure</source>
            <translation>temporary system failure</translation>
        </message>
        <message>
            <source>system maintenance</source>
            <translation>system maintenance</translation>
        </message>
        <message>
            <source>system operation failed</source>
            <translation>system operation failed</translation>
        </message>
        <message>
            <source>unknown platform error %1</source>
            <translation>unknown platform error %1</translation>
        </message>
    </context>
    <context>
        <name>KeyInput</name>
        <message>
            <source>Cannot read the key file %1: %2</source>
            <translation>Cannot read the key file %1: %2</translation>
        </message>
        <message>
            <source>The key file %1 is empty.</source>
            <translation>The key file %1 is empty.</translation>
        </message>
    </context>
    <context>
        <name>KeytimeSigner</name>
        <message>
            <source>The developer ID (devid) is empty.</source>
            <translation>The developer ID (devid) is empty.</translation>
        </message>
        <message>
            <source>The developer ID (devid) must not contain commas or spaces.</source>
            <translation>The developer ID (devid) must not contain commas or spaces.</translation>
        </message>
        <message>
            <source>The authentication key is empty.</source>
            <translation>The authentication key is empty.</translation>
        </message>
        <message>
            <source>The timestamp must be a positive number of milliseconds.</source>
            <translation>The timestamp must be a positive number of milliseconds.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Privacy Number Console</source>
            <translation>Privacy Number Console</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>%1 (%2) is required.</source>
            <translation>%1 (%2) is required.</translation>
        </message>
        <message>
            <source>%1 (%2) is longer than %3 bytes.</source>
            <translation>%1 (%2) is longer than %3 bytes.</translation>
        </message>
        <message>
            <source>%1 (%2) may contain only digits and a leading '+'.</source>
            <translation>%1 (%2) may contain only digits and a leading '+'.</translation>
        </message>
        <message>
            <source>%1 (%2) has no digits.</source>
            <translation>%1 (%2) has no digits.</translation>
        </message>
        <message>
            <source>App ID</source>
            <translation>App ID</translation>
        </message>
        <message>
            <source>Privacy number X</source>
            <translation>Privacy number X</translation>
        </message>
        <message>
            <source>Number A</source>
            <translation>Number A</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>Request ID</translation>
        </message>
        <message>
            <source>Request ID (reqid) is longer than 64 characters.</source>
            <translation>Request ID (reqid) is longer than 64 characters.</translation>
        </message>
        <message>
            <source>User data (userData) is longer than 1024 bytes.</source>
            <translation>User data (userData) is longer than 1024 bytes.</translation>
        </message>
        <message>
            <source>Number B</source>
            <translation>Number B</translation>
        </message>
        <message>
            <source>Number B (bnum) must differ from number A.</source>
            <translation>Number B (bnum) must differ from number A.</translation>
        </message>
        <message>
            <source>Validity (ttl) must be a whole number of seconds, at least 1.</source>
            <translation>Validity (ttl) must be a whole number of seconds, at least 1.</translation>
        </message>
        <message>
            <source>Recording (record) must be 0 or 1.</source>
            <translation>Recording (record) must be 0 or 1.</translation>
        </message>
        <message>
            <source>Caller display (display) must be one of 0,0 0,1 1,0 1,1.</source>
            <translation>Caller display (display) must be one of 0,0 0,1 1,0 1,1.</translation>
        </message>
        <message>
            <source>Announcement codes (anucode) must be at most three codes separated by commas (B→X, A→X, others→X).</source>
            <translation>Announcement codes (anucode) must be at most three codes separated by commas (B→X, A→X, others→X).</translation>
        </message>
        <message>
            <source>After-answer announcement (ansanu) must be one code or two codes separated by a comma.</source>
            <translation>After-answer announcement (ansanu) must be one code or two codes separated by a comma.</translation>
        </message>
        <message>
            <source>Validity (ttl) must be a whole number of seconds, 0 for no limit.</source>
            <translation>Validity (ttl) must be a whole number of seconds, 0 for no limit.</translation>
        </message>
        <message>
            <source>Caller display (display) must be 0 or 1.</source>
            <translation>Caller display (display) must be 0 or 1.</translation>
        </message>
        <message>
            <source>Announcement code (anucode) must be a single code.</source>
            <translation>Announcement code (anucode) must be a single code.</translation>
        </message>
    </context>
    <context>
        <name>pn::MainWindow</name>
        <message>
            <source>Privacy Number Console %1</source>
            <translation>Privacy Number Console %1</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
        <message>
            <source>About Privacy Number Console</source>
            <translation>About Privacy Number Console</translation>
        </message>
        <message>
            <source>Privacy Number Console %1
A desk console for privacy-number (AXB) bindings, transfers and call records.</source>
            <translation>Privacy Number Console %1
A desk console for privacy-number (AXB) bindings, transfers and call records.</translation>
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
            <translation>Usage: pnctl [--lang zh_CN|en] COMMAND [options]

Commands:
  sign      print the Keytime Authorization header value

Options:
  -h, --help     show this help
  -v, --version  show the version
</translation>
        </message>
        <message>
            <source>Unknown command: %1</source>
            <translation>Unknown command: %1</translation>
        </message>
        <message>
            <source>Print the Keytime Authorization header value for a request.</source>
            <translation>Print the Keytime Authorization header value for a request.</translation>
        </message>
        <message>
            <source>Developer ID.</source>
            <translation>Developer ID.</translation>
        </message>
        <message>
            <source>File holding the auth key ('-' for stdin).</source>
            <translation>File holding the auth key ('-' for stdin).</translation>
        </message>
        <message>
            <source>Timestamp in epoch milliseconds (default: now).</source>
            <translation>Timestamp in epoch milliseconds (default: now).</translation>
        </message>
        <message>
            <source>sign needs --devid and --key-file.</source>
            <translation>sign needs --devid and --key-file.</translation>
        </message>
        <message>
            <source>--ts must be a positive number of milliseconds.</source>
            <translation>--ts must be a positive number of milliseconds.</translation>
        </message>
    </context>
</TS>
