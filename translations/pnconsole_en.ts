<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountPanel</name>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Balance:</source>
            <translation>Balance:</translation>
        </message>
        <message>
            <source>Overdraft limit:</source>
            <translation>Overdraft limit:</translation>
        </message>
        <message>
            <source>Available funds:</source>
            <translation>Available funds:</translation>
        </message>
        <message>
            <source>Warning below:</source>
            <translation>Warning below:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Created:</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Updated:</translation>
        </message>
        <message>
            <source>Last refreshed:</source>
            <translation>Last refreshed:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Auto:</source>
            <translation>Auto:</translation>
        </message>
        <message>
            <source>Ask the platform for the account status and balance now</source>
            <translation>Ask the platform for the account status and balance now</translation>
        </message>
    </context>
    <context>
        <name>BindingDialog</name>
        <message>
            <source>New binding (AXB)</source>
            <translation>New binding (AXB)</translation>
        </message>
        <message>
            <source>Calls between A and B go through the privacy number X, so neither sees the other's real number.</source>
            <translation>Calls between A and B go through the privacy number X, so neither sees the other's real number.</translation>
        </message>
        <message>
            <source>App ID:</source>
            <translation>App ID:</translation>
        </message>
        <message>
            <source>Privacy number X:</source>
            <translation>Privacy number X:</translation>
        </message>
        <message>
            <source>Number A:</source>
            <translation>Number A:</translation>
        </message>
        <message>
            <source>Real number of party A, e.g. 13800138000</source>
            <translation>Real number of party A, e.g. 13800138000</translation>
        </message>
        <message>
            <source>Number B:</source>
            <translation>Number B:</translation>
        </message>
        <message>
            <source>Real number of party B</source>
            <translation>Real number of party B</translation>
        </message>
        <message>
            <source>Validity:</source>
            <translation>Validity:</translation>
        </message>
        <message>
            <source>Recording:</source>
            <translation>Recording:</translation>
        </message>
        <message>
            <source>Record the calls</source>
            <translation>Record the calls</translation>
        </message>
        <message>
            <source>Caller display</source>
            <translation>Caller display</translation>
        </message>
        <message>
            <source>When A calls B, B sees:</source>
            <translation>When A calls B, B sees:</translation>
        </message>
        <message>
            <source>When B calls A, A sees:</source>
            <translation>When B calls A, A sees:</translation>
        </message>
        <message>
            <source>Announcements (codes assigned by the platform)</source>
            <translation>Announcements (codes assigned by the platform)</translation>
        </message>
        <message>
            <source>B calls X:</source>
            <translation>B calls X:</translation>
        </message>
        <message>
            <source>A calls X:</source>
            <translation>A calls X:</translation>
        </message>
        <message>
            <source>Others call X:</source>
            <translation>Others call X:</translation>
        </message>
        <message>
            <source>After answer:</source>
            <translation>After answer:</translation>
        </message>
        <message>
            <source>code or code1,code2</source>
            <translation>code or code1,code2</translation>
        </message>
        <message>
            <source>User data:</source>
            <translation>User data:</translation>
        </message>
        <message>
            <source>Returned in the call records</source>
            <translation>Returned in the call records</translation>
        </message>
        <message>
            <source>Encode as base64</source>
            <translation>Encode as base64</translation>
        </message>
        <message>
            <source>Request ID:</source>
            <translation>Request ID:</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>seconds</translation>
        </message>
    </context>
    <context>
        <name>BindingsTab</name>
        <message>
            <source>Search by A, B, X or subid (Ctrl+F)</source>
            <translation>Search by A, B, X or subid (Ctrl+F)</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Privacy number:</source>
            <translation>Privacy number:</translation>
        </message>
        <message>
            <source>Highlight expiring within:</source>
            <translation>Highlight expiring within:</translation>
        </message>
        <message>
            <source>Release selected…</source>
            <translation>Release selected…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop the bulk release: requests already sent finish, the rest are not sent</source>
            <translation>Stop the bulk release: requests already sent finish, the rest are not sent</translation>
        </message>
        <message>
            <source>Release the selected bindings on the platform (asks first; Delete)</source>
            <translation>Release the selected bindings on the platform (asks first; Delete)</translation>
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <source>This tab has no table to export: choose Bindings, Transfers, Calls or Request log.</source>
            <translation>This tab has no table to export: choose Bindings, Transfers, Calls or Request log.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows exported to %2 (as shown: masked numbers stay masked).</source>
            <translation>%1 rows exported to %2 (as shown: masked numbers stay masked).</translation>
        </message>
        <message>
            <source>Bulk create from CSV…</source>
            <translation>Bulk create from CSV…</translation>
        </message>
        <message>
            <source>Bulk release from CSV…</source>
            <translation>Bulk release from CSV…</translation>
        </message>
        <message>
            <source>The bulk job %1 (%2 → %3) was interrupted with %4 of %5 rows done. Resume it? Rows already done are not sent again.</source>
            <translation>The bulk job %1 (%2 → %3) was interrupted with %4 of %5 rows done. Resume it? Rows already done are not sent again.</translation>
        </message>
        <message>
            <source>Resume bulk job</source>
            <translation>Resume bulk job</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Bindings</source>
            <translation>Bindings</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Transfers</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Request log</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Export %1 to CSV</source>
            <translation>Export %1 to CSV</translation>
        </message>
        <message>
            <source>%1 rows exported to %2, %3 of them with the real numbers you revealed (recorded in the audit log).</source>
            <translation>%1 rows exported to %2, %3 of them with the real numbers you revealed (recorded in the audit log).</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Current table…</source>
            <translation>Current table…</translation>
        </message>
        <message>
            <source>Bindings…</source>
            <translation>Bindings…</translation>
        </message>
        <message>
            <source>Transfers…</source>
            <translation>Transfers…</translation>
        </message>
        <message>
            <source>Calls…</source>
            <translation>Calls…</translation>
        </message>
        <message>
            <source>Request log…</source>
            <translation>Request log…</translation>
        </message>
        <message>
            <source>Write the table, as its filter shows it, to a CSV file (UTF-8 with BOM); masked numbers stay masked</source>
            <translation>Write the table, as its filter shows it, to a CSV file (UTF-8 with BOM); masked numbers stay masked</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Audit log…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Write this table, as its filter shows it, to a CSV file (UTF-8 with BOM); masked numbers stay masked</source>
            <translation>Write this table, as its filter shows it, to a CSV file (UTF-8 with BOM); masked numbers stay masked</translation>
        </message>
    </context>
    <context>
        <name>BulkFile</name>
        <message>
            <source>Validity (ttl) must be a whole number of seconds, not "%1".</source>
            <translation>Validity (ttl) must be a whole number of seconds, not "%1".</translation>
        </message>
        <message>
            <source>Recording (record) must be 0 or 1, not "%1".</source>
            <translation>Recording (record) must be 0 or 1, not "%1".</translation>
        </message>
        <message>
            <source>The subid is empty.</source>
            <translation>The subid is empty.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>The file %1 is empty: it needs a header row.</source>
            <translation>The file %1 is empty: it needs a header row.</translation>
        </message>
        <message>
            <source>The file has no column %1 (the header row names the columns after the API's parameters: %2).</source>
            <translation>The file has no column %1 (the header row names the columns after the API's parameters: %2).</translation>
        </message>
        <message>
            <source>The subid %1 is already in row %2.</source>
            <translation>The subid %1 is already in row %2.</translation>
        </message>
        <message>
            <source>%1 is already bound on %2 in row %3: the platform would answer 1302 (resource configuration conflict).</source>
            <translation>%1 is already bound on %2 in row %3: the platform would answer 1302 (resource configuration conflict).</translation>
        </message>
        <message>
            <source>%1 already has a binding on %2 in the ledger (%3): the platform would answer 1302 (resource configuration conflict).</source>
            <translation>%1 already has a binding on %2 in the ledger (%3): the platform would answer 1302 (resource configuration conflict).</translation>
        </message>
        <message>
            <source>Cannot write the result file %1: %2</source>
            <translation>Cannot write the result file %1: %2</translation>
        </message>
    </context>
    <context>
        <name>BulkJobStore</name>
        <message>
            <source>Cannot write the bulk job to the ledger: %1</source>
            <translation>Cannot write the bulk job to the ledger: %1</translation>
        </message>
        <message>
            <source>Cannot update the bulk job: %1</source>
            <translation>Cannot update the bulk job: %1</translation>
        </message>
    </context>
    <context>
        <name>BulkText</name>
        <message>
            <source>ID    KIND     STATE      DONE/ROWS  REFUSED  INVALID  PENDING  UPDATED              FILE → RESULT</source>
            <translation>ID    KIND     STATE      DONE/ROWS  REFUSED  INVALID  PENDING  UPDATED              FILE → RESULT</translation>
        </message>
        <message>
            <source>No bulk jobs in the ledger.</source>
            <translation>No bulk jobs in the ledger.</translation>
        </message>
        <message>
            <source>Create (bulk bind) or release (bulk release) bindings from a CSV file, as a job in the ledger that a re-run of the same command resumes; bulk jobs lists the jobs.</source>
            <translation>Create (bulk bind) or release (bulk release) bindings from a CSV file, as a job in the ledger that a re-run of the same command resumes; bulk jobs lists the jobs.</translation>
        </message>
        <message>
            <source>bind, release or jobs.</source>
            <translation>bind, release or jobs.</translation>
        </message>
        <message>
            <source>The CSV file.</source>
            <translation>The CSV file.</translation>
        </message>
        <message>
            <source>The result file (input + subid,state,error,reason).</source>
            <translation>The result file (input + subid,state,error,reason).</translation>
        </message>
        <message>
            <source>auto (default), utf-8 or gb18030.</source>
            <translation>auto (default), utf-8 or gb18030.</translation>
        </message>
        <message>
            <source>At most this many requests in flight (default 32).</source>
            <translation>At most this many requests in flight (default 32).</translation>
        </message>
        <message>
            <source>Validate every row and write the result file; send nothing.</source>
            <translation>Validate every row and write the result file; send nothing.</translation>
        </message>
        <message>
            <source>Use: bulk bind FILE.csv --out RESULT.csv, bulk release FILE.csv --out RESULT.csv or bulk jobs.</source>
            <translation>Use: bulk bind FILE.csv --out RESULT.csv, bulk release FILE.csv --out RESULT.csv or bulk jobs.</translation>
        </message>
        <message>
            <source>bulk %1 needs --out RESULT.csv.</source>
            <translation>bulk %1 needs --out RESULT.csv.</translation>
        </message>
        <message>
            <source>--encoding must be auto, utf-8 or gb18030.</source>
            <translation>--encoding must be auto, utf-8 or gb18030.</translation>
        </message>
        <message>
            <source>--concurrency must be a number from 1 to 1000.</source>
            <translation>--concurrency must be a number from 1 to 1000.</translation>
        </message>
        <message>
            <source>%1 rows (%2): %3 valid, %4 invalid; nothing was sent.</source>
            <translation>%1 rows (%2): %3 valid, %4 invalid; nothing was sent.</translation>
        </message>
        <message>
            <source>Job %1 was finished before; only the result file is written.</source>
            <translation>Job %1 was finished before; only the result file is written.</translation>
        </message>
        <message>
            <source>Resuming job %1: %2 of %3 rows done, %4 to send.</source>
            <translation>Resuming job %1: %2 of %3 rows done, %4 to send.</translation>
        </message>
        <message>
            <source>Job %1: %2 rows (%3), %4 valid, written to the ledger.</source>
            <translation>Job %1: %2 rows (%3), %4 valid, written to the ledger.</translation>
        </message>
        <message>
            <source>%1 of %2 rows done, %3 refused, %4 rows/s</source>
            <translation>%1 of %2 rows done, %3 refused, %4 rows/s</translation>
        </message>
        <message>
            <source>%1 of %2 rows done, %3 refused, %4 invalid, %5 without a definite answer yet (run the same command again). Result: %6</source>
            <translation>%1 of %2 rows done, %3 refused, %4 invalid, %5 without a definite answer yet (run the same command again). Result: %6</translation>
        </message>
    </context>
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
        <name>CallStore</name>
        <message>
            <source>Cannot prepare the ledger's call statements: %1</source>
            <translation>Cannot prepare the ledger's call statements: %1</translation>
        </message>
    </context>
    <context>
        <name>CallWords</name>
        <message>
            <source>caller hung up</source>
            <translation>caller hung up</translation>
        </message>
        <message>
            <source>callee hung up</source>
            <translation>callee hung up</translation>
        </message>
        <message>
            <source>platform hung up</source>
            <translation>platform hung up</translation>
        </message>
        <message>
            <source>unknown (%1)</source>
            <translation>unknown (%1)</translation>
        </message>
        <message>
            <source>CDR</source>
            <translation>CDR</translation>
        </message>
        <message>
            <source>call start</source>
            <translation>call start</translation>
        </message>
        <message>
            <source>times out of order (begin ≤ ring ≤ answer ≤ release)</source>
            <translation>times out of order (begin ≤ ring ≤ answer ≤ release)</translation>
        </message>
        <message>
            <source>negative duration</source>
            <translation>negative duration</translation>
        </message>
        <message>
            <source>%1 outside the plausible window (2000-01-01 to 24 h after arrival)</source>
            <translation>%1 outside the plausible window (2000-01-01 to 24 h after arrival)</translation>
        </message>
    </context>
    <context>
        <name>CallbackParser</name>
        <message>
            <source>Field %1 must be a single value.</source>
            <translation>Field %1 must be a single value.</translation>
        </message>
        <message>
            <source>Required field %1 is missing.</source>
            <translation>Required field %1 is missing.</translation>
        </message>
        <message>
            <source>Field %1 must be an integer (epoch seconds or seconds), not "%2".</source>
            <translation>Field %1 must be an integer (epoch seconds or seconds), not "%2".</translation>
        </message>
        <message>
            <source>Cannot tell a CDR from a call-start: neither result, beginTime nor callTime is present.</source>
            <translation>Cannot tell a CDR from a call-start: neither result, beginTime nor callTime is present.</translation>
        </message>
        <message>
            <source>Field %1 is out of range: %2.</source>
            <translation>Field %1 is out of range: %2.</translation>
        </message>
        <message>
            <source>The taskid has %1 characters; at most %2 are accepted.</source>
            <translation>The taskid has %1 characters; at most %2 are accepted.</translation>
        </message>
        <message>
            <source>The body is not valid UTF-8.</source>
            <translation>The body is not valid UTF-8.</translation>
        </message>
        <message>
            <source>The body is not valid JSON: %1 at offset %2.</source>
            <translation>The body is not valid JSON: %1 at offset %2.</translation>
        </message>
        <message>
            <source>The JSON body must be an object.</source>
            <translation>The JSON body must be an object.</translation>
        </message>
        <message>
            <source>The JSON body has an unpaired UTF-16 surrogate escape.</source>
            <translation>The JSON body has an unpaired UTF-16 surrogate escape.</translation>
        </message>
        <message>
            <source>The form body is not valid UTF-8 after percent-decoding.</source>
            <translation>The form body is not valid UTF-8 after percent-decoding.</translation>
        </message>
    </context>
    <context>
        <name>CallsPanel</name>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Number (caller, callee or X)</source>
            <translation>Number (caller, callee or X)</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>Subid</translation>
        </message>
        <message>
            <source>Show full numbers</source>
            <translation>Show full numbers</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Call details</source>
            <translation>Call details</translation>
        </message>
        <message>
            <source>Play recording</source>
            <translation>Play recording</translation>
        </message>
        <message>
            <source>Copy recording link</source>
            <translation>Copy recording link</translation>
        </message>
        <message>
            <source>Read the call records from the ledger again</source>
            <translation>Read the call records from the ledger again</translation>
        </message>
        <message>
            <source>Open the selected call's recording</source>
            <translation>Open the selected call's recording</translation>
        </message>
        <message>
            <source>Copy the address of the selected call's recording</source>
            <translation>Copy the address of the selected call's recording</translation>
        </message>
    </context>
    <context>
        <name>CliText</name>
        <message>
            <source>--timeout must be a whole number of seconds, at least 1.</source>
            <translation>--timeout must be a whole number of seconds, at least 1.</translation>
        </message>
        <message>
            <source>--retries must be a whole number, 0 or more.</source>
            <translation>--retries must be a whole number, 0 or more.</translation>
        </message>
        <message>
            <source>Saved profile to use.</source>
            <translation>Saved profile to use.</translation>
        </message>
        <message>
            <source>Platform address, e.g. https://host.</source>
            <translation>Platform address, e.g. https://host.</translation>
        </message>
        <message>
            <source>Developer ID.</source>
            <translation>Developer ID.</translation>
        </message>
        <message>
            <source>App ID.</source>
            <translation>App ID.</translation>
        </message>
        <message>
            <source>File holding the auth key ('-' for stdin); else $PN_AUTH_KEY.</source>
            <translation>File holding the auth key ('-' for stdin); else $PN_AUTH_KEY.</translation>
        </message>
        <message>
            <source>Extra trusted CA certificates (PEM).</source>
            <translation>Extra trusted CA certificates (PEM).</translation>
        </message>
        <message>
            <source>Seconds to wait for each answer (default 10).</source>
            <translation>Seconds to wait for each answer (default 10).</translation>
        </message>
        <message>
            <source>Retries after the first attempt (default 4).</source>
            <translation>Retries after the first attempt (default 4).</translation>
        </message>
        <message>
            <source>Allow an http:// platform address.</source>
            <translation>Allow an http:// platform address.</translation>
        </message>
        <message>
            <source>Sign with this computer's clock even if it differs from the platform's.</source>
            <translation>Sign with this computer's clock even if it differs from the platform's.</translation>
        </message>
        <message>
            <source>Print the result as JSON.</source>
            <translation>Print the result as JSON.</translation>
        </message>
        <message>
            <source>The option --%1 needs a value.</source>
            <translation>The option --%1 needs a value.</translation>
        </message>
        <message>
            <source>Profiles cannot be used by this pnctl; give --base-url, --devid, --appid and --key-file instead.</source>
            <translation>Profiles cannot be used by this pnctl; give --base-url, --devid, --appid and --key-file instead.</translation>
        </message>
        <message>
            <source>Say which account to use: --profile NAME, or --base-url, --devid, --appid and --key-file (or $PN_AUTH_KEY).</source>
            <translation>Say which account to use: --profile NAME, or --base-url, --devid, --appid and --key-file (or $PN_AUTH_KEY).</translation>
        </message>
        <message>
            <source>No auth key: give --key-file FILE or set PN_AUTH_KEY.</source>
            <translation>No auth key: give --key-file FILE or set PN_AUTH_KEY.</translation>
        </message>
        <message>
            <source>Wrong number of arguments.</source>
            <translation>Wrong number of arguments.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Show the account's state.</source>
            <translation>Show the account's state.</translation>
        </message>
        <message>
            <source>trial</source>
            <translation>trial</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>suspended</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>State: %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message>
            <source>Balance: %1 yuan</source>
            <translation>Balance: %1 yuan</translation>
        </message>
        <message>
            <source>Overdraft limit: %1 yuan</source>
            <translation>Overdraft limit: %1 yuan</translation>
        </message>
        <message>
            <source>Privacy number X.</source>
            <translation>Privacy number X.</translation>
        </message>
        <message>
            <source>Number A.</source>
            <translation>Number A.</translation>
        </message>
        <message>
            <source>Number B.</source>
            <translation>Number B.</translation>
        </message>
        <message>
            <source>Validity in seconds.</source>
            <translation>Validity in seconds.</translation>
        </message>
        <message>
            <source>Record the calls.</source>
            <translation>Record the calls.</translation>
        </message>
        <message>
            <source>Caller display: 0,0 0,1 1,0 or 1,1.</source>
            <translation>Caller display: 0,0 0,1 1,0 or 1,1.</translation>
        </message>
        <message>
            <source>Announcement codes B→X,A→X,others→X.</source>
            <translation>Announcement codes B→X,A→X,others→X.</translation>
        </message>
        <message>
            <source>After-answer announcement code(s).</source>
            <translation>After-answer announcement code(s).</translation>
        </message>
        <message>
            <source>Customer data returned in call records.</source>
            <translation>Customer data returned in call records.</translation>
        </message>
        <message>
            <source>Request ID (default: a new UUID).</source>
            <translation>Request ID (default: a new UUID).</translation>
        </message>
        <message>
            <source>Create an AXB binding.</source>
            <translation>Create an AXB binding.</translation>
        </message>
        <message>
            <source>bind needs --ttl SECONDS.</source>
            <translation>bind needs --ttl SECONDS.</translation>
        </message>
        <message>
            <source>Binding created: subid %1 (X %2, A %3, B %4), expires %5.</source>
            <translation>Binding created: subid %1 (X %2, A %3, B %4), expires %5.</translation>
        </message>
        <message>
            <source>The binding's subid.</source>
            <translation>The binding's subid.</translation>
        </message>
        <message>
            <source>Release an AXB binding.</source>
            <translation>Release an AXB binding.</translation>
        </message>
        <message>
            <source>Binding %1 released.</source>
            <translation>Binding %1 released.</translation>
        </message>
        <message>
            <source>Binding %1 was already gone.</source>
            <translation>Binding %1 was already gone.</translation>
        </message>
        <message>
            <source>Validity in seconds (0 = forever).</source>
            <translation>Validity in seconds (0 = forever).</translation>
        </message>
        <message>
            <source>0 show X, 1 show the real caller.</source>
            <translation>0 show X, 1 show the real caller.</translation>
        </message>
        <message>
            <source>Incoming-call announcement code.</source>
            <translation>Incoming-call announcement code.</translation>
        </message>
        <message>
            <source>Create an XA transfer.</source>
            <translation>Create an XA transfer.</translation>
        </message>
        <message>
            <source>--ttl and --display must be numbers.</source>
            <translation>--ttl and --display must be numbers.</translation>
        </message>
        <message>
            <source>Transfer created: calls to %1 go to %2.</source>
            <translation>Transfer created: calls to %1 go to %2.</translation>
        </message>
        <message>
            <source>Release an XA transfer.</source>
            <translation>Release an XA transfer.</translation>
        </message>
        <message>
            <source>Transfer on %1 released.</source>
            <translation>Transfer on %1 released.</translation>
        </message>
        <message>
            <source>active (default), all, pending, released, expired or failed.</source>
            <translation>active (default), all, pending, released, expired or failed.</translation>
        </message>
        <message>
            <source>Only rows whose X, A, B or subid contain this.</source>
            <translation>Only rows whose X, A, B or subid contain this.</translation>
        </message>
        <message>
            <source>List XA transfers instead of bindings.</source>
            <translation>List XA transfers instead of bindings.</translation>
        </message>
        <message>
            <source>List the bindings the ledger knows.</source>
            <translation>List the bindings the ledger knows.</translation>
        </message>
        <message>
            <source>Unknown state "%1".</source>
            <translation>Unknown state "%1".</translation>
        </message>
        <message>
            <source>%1 s left</source>
            <translation>%1 s left</translation>
        </message>
        <message>
            <source>How many entries (default 20).</source>
            <translation>How many entries (default 20).</translation>
        </message>
        <message>
            <source>Show the request log.</source>
            <translation>Show the request log.</translation>
        </message>
        <message>
            <source>--limit must be a positive number.</source>
            <translation>--limit must be a positive number.</translation>
        </message>
        <message>
            <source>X	A	state	expires</source>
            <translation>X	A	state	expires</translation>
        </message>
        <message>
            <source>subid	X	A	B	state	expires	time left</source>
            <translation>subid	X	A	B	state	expires	time left</translation>
        </message>
        <message>
            <source>List the call records (CDRs) in the ledger, newest first; numbers masked unless --reveal.</source>
            <translation>List the call records (CDRs) in the ledger, newest first; numbers masked unless --reveal.</translation>
        </message>
        <message>
            <source>Only the calls of this binding (or transfer).</source>
            <translation>Only the calls of this binding (or transfer).</translation>
        </message>
        <message>
            <source>Only calls that began at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</source>
            <translation>Only calls that began at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</translation>
        </message>
        <message>
            <source>Only calls with this result: answered or a code such as 17.</source>
            <translation>Only calls with this result: answered or a code such as 17.</translation>
        </message>
        <message>
            <source>At most N calls (default 100).</source>
            <translation>At most N calls (default 100).</translation>
        </message>
        <message>
            <source>Show the real numbers (written to the audit log).</source>
            <translation>Show the real numbers (written to the audit log).</translation>
        </message>
        <message>
            <source>--since: cannot read "%1"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</source>
            <translation>--since: cannot read "%1"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</translation>
        </message>
        <message>
            <source>began	subid	X	caller	callee	result	talk time</source>
            <translation>began	subid	X	caller	callee	result	talk time</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Usage: pnctl recordings fetch [--since TIME] | policy [--on|--off] [--max-size MB] [--keep-days N] | list</source>
            <translation>Usage: pnctl recordings fetch [--since TIME] | policy [--on|--off] [--max-size MB] [--keep-days N] | list</translation>
        </message>
        <message>
            <source>The team's own archive of call recordings.
  fetch   download the recordings of stored call records (profiles whose policy is on), resuming partial files, and apply the retention
  policy  show or change the current profile's policy (--profile NAME)
  list    the recordings in the archive and their state</source>
            <translation>The team's own archive of call recordings.
  fetch   download the recordings of stored call records (profiles whose policy is on), resuming partial files, and apply the retention
  policy  show or change the current profile's policy (--profile NAME)
  list    the recordings in the archive and their state</translation>
        </message>
        <message>
            <source>fetch: only calls that began at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</source>
            <translation>fetch: only calls that began at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</translation>
        </message>
        <message>
            <source>policy: keep this profile's recordings.</source>
            <translation>policy: keep this profile's recordings.</translation>
        </message>
        <message>
            <source>policy: stop downloading this profile's recordings.</source>
            <translation>policy: stop downloading this profile's recordings.</translation>
        </message>
        <message>
            <source>policy: refuse recordings larger than MB megabytes.</source>
            <translation>policy: refuse recordings larger than MB megabytes.</translation>
        </message>
        <message>
            <source>policy: remove recordings of calls older than N days (0 = keep for ever).</source>
            <translation>policy: remove recordings of calls older than N days (0 = keep for ever).</translation>
        </message>
        <message>
            <source>recordings policy needs --profile NAME.</source>
            <translation>recordings policy needs --profile NAME.</translation>
        </message>
        <message>
            <source>No profile is named "%1".</source>
            <translation>No profile is named "%1".</translation>
        </message>
        <message>
            <source>Give --on or --off, not both.</source>
            <translation>Give --on or --off, not both.</translation>
        </message>
        <message>
            <source>--max-size must be a number of megabytes (up to 4096).</source>
            <translation>--max-size must be a number of megabytes (up to 4096).</translation>
        </message>
        <message>
            <source>--keep-days must be 0 or a positive number of days.</source>
            <translation>--keep-days must be 0 or a positive number of days.</translation>
        </message>
        <message>
            <source>%1: recordings %2, at most %3 MB each, kept %4</source>
            <translation>%1: recordings %2, at most %3 MB each, kept %4</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day(s)</numerusform>
                <numerusform>%n day(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>for ever</source>
            <translation>for ever</translation>
        </message>
        <message>
            <source>taskid	state	bytes	attempts	file or error</source>
            <translation>taskid	state	bytes	attempts	file or error</translation>
        </message>
        <message>
            <source>%1: stored %2</source>
            <translation>%1: stored %2</translation>
        </message>
        <message>
            <source>%1: %2 (final)</source>
            <translation>%1: %2 (final)</translation>
        </message>
        <message>
            <source>%1: %2 (will retry later)</source>
            <translation>%1: %2 (will retry later)</translation>
        </message>
        <message>
            <source>%1 stored, %2 failed, %3 waiting for a retry, %4 removed by retention.</source>
            <translation>%1 stored, %2 failed, %3 waiting for a retry, %4 removed by retention.</translation>
        </message>
        <message>
            <source>retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever
How long real numbers of ended bindings and their calls are kept, per profile; apply erases older ones now (masked form and a keyed hash stay).</source>
            <translation>retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever
How long real numbers of ended bindings and their calls are kept, per profile; apply erases older ones now (masked form and a keyed hash stay).</translation>
        </message>
        <message>
            <source>apply: erase what ended more than DAYS ago, whatever the policies say.</source>
            <translation>apply: erase what ended more than DAYS ago, whatever the policies say.</translation>
        </message>
        <message>
            <source>apply: only count what would be erased.</source>
            <translation>apply: only count what would be erased.</translation>
        </message>
        <message>
            <source>The vault's master password, from this file (apply).</source>
            <translation>The vault's master password, from this file (apply).</translation>
        </message>
        <message>
            <source>Use: pnctl retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever (with --profile).</source>
            <translation>Use: pnctl retention show | apply [--older-than DAYS] [--dry-run] | set DAYS|forever (with --profile).</translation>
        </message>
        <message>
            <source>No profile called %1.</source>
            <translation>No profile called %1.</translation>
        </message>
        <message>
            <source>retention set needs --profile NAME.</source>
            <translation>retention set needs --profile NAME.</translation>
        </message>
        <message>
            <source>Retention: a number of days (1 or more) or "forever".</source>
            <translation>Retention: a number of days (1 or more) or "forever".</translation>
        </message>
        <message>
            <source>Real numbers of ended bindings are kept %1 days.</source>
            <translation>Real numbers of ended bindings are kept %1 days.</translation>
        </message>
        <message>
            <source>Real numbers of ended bindings are kept forever.</source>
            <translation>Real numbers of ended bindings are kept forever.</translation>
        </message>
        <message>
            <source>--older-than must be a number of days.</source>
            <translation>--older-than must be a number of days.</translation>
        </message>
        <message>
            <source>Cannot read the key of the number hashes: %1</source>
            <translation>Cannot read the key of the number hashes: %1</translation>
        </message>
        <message>
            <source>profile	keeps real numbers</source>
            <translation>profile	keeps real numbers</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 days</translation>
        </message>
        <message>
            <source>forever</source>
            <translation>forever</translation>
        </message>
        <message>
            <source>Due now: %1 bindings, %2 call records.</source>
            <translation>Due now: %1 bindings, %2 call records.</translation>
        </message>
        <message>
            <source>Would erase the real numbers of %1 bindings and %2 call records.</source>
            <translation>Would erase the real numbers of %1 bindings and %2 call records.</translation>
        </message>
        <message>
            <source>Erased the real numbers of %1 bindings, %2 call records and %3 request-log lines. Ledger file: %4 MB before, %5 MB after.</source>
            <translation>Erased the real numbers of %1 bindings, %2 call records and %3 request-log lines. Ledger file: %4 MB before, %5 MB after.</translation>
        </message>
        <message>
            <source>The write-ahead log could not be truncated (another program has the ledger open); it is truncated at its next checkpoint.</source>
            <translation>The write-ahead log could not be truncated (another program has the ledger open); it is truncated at its next checkpoint.</translation>
        </message>
        <message>
            <source>Bring the schema up to this program's version.</source>
            <translation>Bring the schema up to this program's version.</translation>
        </message>
        <message>
            <source>Usage: pnctl [--ledger URL] ledger migrate [--json]</source>
            <translation>Usage: pnctl [--ledger URL] ledger migrate [--json]</translation>
        </message>
        <message>
            <source>Ledger %1: schema version %2 (this program's: %3).</source>
            <translation>Ledger %1: schema version %2 (this program's: %3).</translation>
        </message>
        <message>
            <source>Folder of this desk's files (and of the ledger without --ledger).</source>
            <translation>Folder of this desk's files (and of the ledger without --ledger).</translation>
        </message>
        <message>
            <source>The ledger: a folder or postgresql://USER@HOST:PORT/DB?sslmode=…; else $PN_LEDGER. No password in it.</source>
            <translation>The ledger: a folder or postgresql://USER@HOST:PORT/DB?sslmode=…; else $PN_LEDGER. No password in it.</translation>
        </message>
        <message>
            <source>the secret store holds no hash key</source>
            <translation>the secret store holds no hash key</translation>
        </message>
        <message>
            <source>Warning: bindings whose real numbers retention erased are found by their full number only with the key of the number hashes, which could not be read (%1); they are left out. Give the vault password (PN_VAULT_PASSWORD_FILE) or unlock the keychain, or search by subid.</source>
            <translation>Warning: bindings whose real numbers retention erased are found by their full number only with the key of the number hashes, which could not be read (%1); they are left out. Give the vault password (PN_VAULT_PASSWORD_FILE) or unlock the keychain, or search by subid.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n recording file(s) of erased calls.</source>
            <translation>
                <numerusform>Deleted %n recording file(s) of erased calls.</numerusform>
                <numerusform>Deleted %n recording file(s) of erased calls.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show who did what: the audit log of the ledger, newest first. Every row names the desk (OS user @ host, or $PN_DESK) and the profile.</source>
            <translation>Show who did what: the audit log of the ledger, newest first. Every row names the desk (OS user @ host, or $PN_DESK) and the profile.</translation>
        </message>
        <message>
            <source>Only the rows of this desk (user@host), or of this user at any host.</source>
            <translation>Only the rows of this desk (user@host), or of this user at any host.</translation>
        </message>
        <message>
            <source>Only these actions (comma-separated), e.g. bind,release.</source>
            <translation>Only these actions (comma-separated), e.g. bind,release.</translation>
        </message>
        <message>
            <source>Only rows at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</source>
            <translation>Only rows at or after TIME: "2026-12-02 10:00", epoch seconds, or an age such as 30m, 2h, 7d.</translation>
        </message>
        <message>
            <source>Only rows at or before TIME (same forms as --since).</source>
            <translation>Only rows at or before TIME (same forms as --since).</translation>
        </message>
        <message>
            <source>At most N rows (default 1000; 0 = all).</source>
            <translation>At most N rows (default 1000; 0 = all).</translation>
        </message>
        <message>
            <source>--limit must be 0 or a positive number.</source>
            <translation>--limit must be 0 or a positive number.</translation>
        </message>
        <message>
            <source>--%1: cannot read "%2"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</source>
            <translation>--%1: cannot read "%2"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</translation>
        </message>
        <message>
            <source>time	desk	profile	action	detail	program</source>
            <translation>time	desk	profile	action	detail	program</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%1: %2 (not asked: nobody can answer; taken as no)</source>
            <translation>%1: %2 (not asked: nobody can answer; taken as no)</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>The key of profile "%1" is kept in the %2, but this program is using the %3. Choose that backend (--secret-backend %4) or store the key again.</source>
            <translation>The key of profile "%1" is kept in the %2, but this program is using the %3. Choose that backend (--secret-backend %4) or store the key again.</translation>
        </message>
        <message>
            <source>No auth key is stored for profile "%1"; set it with "pnctl profile edit %1 --key-stdin".</source>
            <translation>No auth key is stored for profile "%1"; set it with "pnctl profile edit %1 --key-stdin".</translation>
        </message>
        <message>
            <source>Cannot read the auth key of profile "%1": %2</source>
            <translation>Cannot read the auth key of profile "%1": %2</translation>
        </message>
        <message>
            <source>Cannot read the callback token of profile "%1": %2</source>
            <translation>Cannot read the callback token of profile "%1": %2</translation>
        </message>
        <message>
            <source>Auth key (authKey) is required.</source>
            <translation>Auth key (authKey) is required.</translation>
        </message>
        <message>
            <source>The profile "%1" was removed, but its secrets could not be: %2</source>
            <translation>The profile "%1" was removed, but its secrets could not be: %2</translation>
        </message>
        <message>
            <source>Cannot write to the ledger: %1</source>
            <translation>Cannot write to the ledger: %1</translation>
        </message>
        <message>
            <source>Adding the profile "%1" took too long and was undone; add it again.</source>
            <translation>Adding the profile "%1" took too long and was undone; add it again.</translation>
        </message>
        <message>
            <source>Cannot read the ledger: %1</source>
            <translation>Cannot read the ledger: %1</translation>
        </message>
        <message>
            <source>Import stopped: no key was entered for "%1".</source>
            <translation>Import stopped: no key was entered for "%1".</translation>
        </message>
        <message>
            <source>Import stopped: no callback token was entered for "%1".</source>
            <translation>Import stopped: no callback token was entered for "%1".</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>This system cannot decode %1 text; save the file as UTF-8.</source>
            <translation>This system cannot decode %1 text; save the file as UTF-8.</translation>
        </message>
        <message>
            <source>Row %1 (line %2) has a byte that is not valid %3: save the file as UTF-8 or choose the right encoding.</source>
            <translation>Row %1 (line %2) has a byte that is not valid %3: save the file as UTF-8 or choose the right encoding.</translation>
        </message>
        <message>
            <source>Row %1 (line %2): a quoted field is not closed before the end of the file.</source>
            <translation>Row %1 (line %2): a quoted field is not closed before the end of the file.</translation>
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
        <name>ExportText</name>
        <message>
            <source>Write the ledger's bindings, transfers, call records or request log to a CSV file (UTF-8 with BOM). Real numbers are masked unless --reveal is given; a reveal is written to the audit log.</source>
            <translation>Write the ledger's bindings, transfers, call records or request log to a CSV file (UTF-8 with BOM). Real numbers are masked unless --reveal is given; a reveal is written to the audit log.</translation>
        </message>
        <message>
            <source>bindings, transfers, calls or requests.</source>
            <translation>bindings, transfers, calls or requests.</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>The CSV file to write.</translation>
        </message>
        <message>
            <source>bindings and transfers: pending, active, released, expired or failed; calls: a result such as answered; requests: ok or an error code.</source>
            <translation>bindings and transfers: pending, active, released, expired or failed; calls: a result such as answered; requests: ok or an error code.</translation>
        </message>
        <message>
            <source>From this time on (YYYY-MM-DD[ HH:MM[:SS]], local time).</source>
            <translation>From this time on (YYYY-MM-DD[ HH:MM[:SS]], local time).</translation>
        </message>
        <message>
            <source>Before this time.</source>
            <translation>Before this time.</translation>
        </message>
        <message>
            <source>Write the real numbers unmasked (audited).</source>
            <translation>Write the real numbers unmasked (audited).</translation>
        </message>
        <message>
            <source>Use: export bindings|transfers|calls|requests --out FILE.csv.</source>
            <translation>Use: export bindings|transfers|calls|requests --out FILE.csv.</translation>
        </message>
        <message>
            <source>--state of requests must be ok or an error code such as 1105.</source>
            <translation>--state of requests must be ok or an error code such as 1105.</translation>
        </message>
        <message>
            <source>export needs --out FILE.csv.</source>
            <translation>export needs --out FILE.csv.</translation>
        </message>
        <message>
            <source>--%1 is not a time: %2</source>
            <translation>--%1 is not a time: %2</translation>
        </message>
        <message>
            <source>--state must be pending, active, released, expired or failed.</source>
            <translation>--state must be pending, active, released, expired or failed.</translation>
        </message>
        <message>
            <source>There is no profile named %1.</source>
            <translation>There is no profile named %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Cannot read the ledger: %1</source>
            <translation>Cannot read the ledger: %1</translation>
        </message>
        <message>
            <source>%1 rows written to %2%3.</source>
            <translation>%1 rows written to %2%3.</translation>
        </message>
        <message>
            <source> with the real numbers (recorded in the audit log)</source>
            <translation> with the real numbers (recorded in the audit log)</translation>
        </message>
        <message>
            <source>, real numbers masked</source>
            <translation>, real numbers masked</translation>
        </message>
    </context>
    <context>
        <name>FormHelpers</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Never expires (valid until released).</source>
            <translation>Never expires (valid until released).</translation>
        </message>
        <message>
            <source>Expires %1 (in %2).</source>
            <translation>Expires %1 (in %2).</translation>
        </message>
        <message>
            <source>The platform refused: %1.</source>
            <translation>The platform refused: %1.</translation>
        </message>
        <message>
            <source>It said: “%1”</source>
            <translation>It said: “%1”</translation>
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
        <name>KeychainSecretStore</name>
        <message>
            <source>No D-Bus session bus: %1</source>
            <translation>No D-Bus session bus: %1</translation>
        </message>
        <message>
            <source>No Secret Service (%1) on the D-Bus session bus.</source>
            <translation>No Secret Service (%1) on the D-Bus session bus.</translation>
        </message>
        <message>
            <source>The OS keychain did not answer within %1 s.</source>
            <translation>The OS keychain did not answer within %1 s.</translation>
        </message>
        <message>
            <source>The OS keychain has no entry %1.</source>
            <translation>The OS keychain has no entry %1.</translation>
        </message>
        <message>
            <source>The OS keychain failed to read %1: %2</source>
            <translation>The OS keychain failed to read %1: %2</translation>
        </message>
        <message>
            <source>The OS keychain failed to store %1: %2</source>
            <translation>The OS keychain failed to store %1: %2</translation>
        </message>
        <message>
            <source>The OS keychain failed to remove %1: %2</source>
            <translation>The OS keychain failed to remove %1: %2</translation>
        </message>
        <message>
            <source>The Secret Service (%1) is installed but did not start within %2 s.</source>
            <translation>The Secret Service (%1) is installed but did not start within %2 s.</translation>
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
        <name>LedgerAccess</name>
        <message>
            <source>Password of %1 for the ledger %2: </source>
            <translation>Password of %1 for the ledger %2: </translation>
        </message>
        <message>
            <source>%1
The ledger server wants a password: save it in the console (File → Open ledger…), put it in PGPASSFILE (~/.pgpass), or run pnctl on a terminal to be asked.</source>
            <translation>%1
The ledger server wants a password: save it in the console (File → Open ledger…), put it in PGPASSFILE (~/.pgpass), or run pnctl on a terminal to be asked.</translation>
        </message>
        <message>
            <source>The team server's certificate is not signed by the authority in the CA file (sslrootcert): choose the CA file that signed it in File → Open ledger…, or ask the server's administrator for it.
%1</source>
            <translation>The team server's certificate is not signed by the authority in the CA file (sslrootcert): choose the CA file that signed it in File → Open ledger…, or ask the server's administrator for it.
%1</translation>
        </message>
        <message>
            <source>The team server's certificate is for another name than the host in the ledger's address: connect by the name on the certificate (sslmode=verify-full checks it), or use sslmode=verify-ca to check the authority only.
%1</source>
            <translation>The team server's certificate is for another name than the host in the ledger's address: connect by the name on the certificate (sslmode=verify-full checks it), or use sslmode=verify-ca to check the authority only.
%1</translation>
        </message>
        <message>
            <source>The CA file (sslrootcert) of the ledger's address cannot be read: choose an existing CA file in File → Open ledger….
%1</source>
            <translation>The CA file (sslrootcert) of the ledger's address cannot be read: choose an existing CA file in File → Open ledger….
%1</translation>
        </message>
        <message>
            <source>The team server does not offer TLS, but the ledger's address asks for it (sslmode): turn TLS on at the server, or ask its administrator.
%1</source>
            <translation>The team server does not offer TLS, but the ledger's address asks for it (sslmode): turn TLS on at the server, or ask its administrator.
%1</translation>
        </message>
    </context>
    <context>
        <name>LedgerLocation</name>
        <message>
            <source>No ledger given: name a folder or a postgresql:// address.</source>
            <translation>No ledger given: name a folder or a postgresql:// address.</translation>
        </message>
        <message>
            <source>Not a valid ledger address: %1</source>
            <translation>Not a valid ledger address: %1</translation>
        </message>
        <message>
            <source>The ledger address %1 contains a password. Leave it out: the password comes from the secret store (File → Open ledger… in the console), PGPASSFILE or a prompt.</source>
            <translation>The ledger address %1 contains a password. Leave it out: the password comes from the secret store (File → Open ledger… in the console), PGPASSFILE or a prompt.</translation>
        </message>
        <message>
            <source>The ledger address %1 names no host.</source>
            <translation>The ledger address %1 names no host.</translation>
        </message>
        <message>
            <source>The ledger address %1 names no user (postgresql://USER@HOST/DB).</source>
            <translation>The ledger address %1 names no user (postgresql://USER@HOST/DB).</translation>
        </message>
        <message>
            <source>The ledger address %1 names no database (postgresql://USER@HOST/DB).</source>
            <translation>The ledger address %1 names no database (postgresql://USER@HOST/DB).</translation>
        </message>
        <message>
            <source>Unknown sslmode %1; use one of %2.</source>
            <translation>Unknown sslmode %1; use one of %2.</translation>
        </message>
        <message>
            <source>The CA certificate %1 (sslrootcert) does not exist.</source>
            <translation>The CA certificate %1 (sslrootcert) does not exist.</translation>
        </message>
        <message>
            <source>Unknown ledger address option %1 (known: sslmode, sslrootcert).</source>
            <translation>Unknown ledger address option %1 (known: sslmode, sslrootcert).</translation>
        </message>
    </context>
    <context>
        <name>LedgerSchema</name>
        <message>
            <source>Ledger database error: %1 (in: %2)</source>
            <translation>Ledger database error: %1 (in: %2)</translation>
        </message>
        <message>
            <source>Cannot read the ledger's schema version: %1</source>
            <translation>Cannot read the ledger's schema version: %1</translation>
        </message>
        <message>
            <source>The ledger was written by a newer version of this program (schema %1, this program knows %2). Update the program.</source>
            <translation>The ledger was written by a newer version of this program (schema %1, this program knows %2). Update the program.</translation>
        </message>
        <message>
            <source>This database role may not create the ledger's schema (%1). Let the administrator run `pnctl ledger migrate` as the schema's owner first.</source>
            <translation>This database role may not create the ledger's schema (%1). Let the administrator run `pnctl ledger migrate` as the schema's owner first.</translation>
        </message>
        <message>
            <source>The ledger's schema is at version %1 and this program needs %2, but this database role may not change the schema (%3). Let the administrator run `pnctl ledger migrate` as the schema's owner.</source>
            <translation>The ledger's schema is at version %1 and this program needs %2, but this database role may not change the schema (%3). Let the administrator run `pnctl ledger migrate` as the schema's owner.</translation>
        </message>
    </context>
    <context>
        <name>ListenText</name>
        <message>
            <source>Receive CDR and call-start callbacks into the ledger.</source>
            <translation>Receive CDR and call-start callbacks into the ledger.</translation>
        </message>
        <message>
            <source>Address to listen on (default 127.0.0.1).</source>
            <translation>Address to listen on (default 127.0.0.1).</translation>
        </message>
        <message>
            <source>Port to listen on (default 0: any free port).</source>
            <translation>Port to listen on (default 0: any free port).</translation>
        </message>
        <message>
            <source>File holding the shared secret callbacks must carry in X-PN-Token or ?token= (else $PN_CALLBACK_TOKEN; none = no token).</source>
            <translation>File holding the shared secret callbacks must carry in X-PN-Token or ?token= (else $PN_CALLBACK_TOKEN; none = no token).</translation>
        </message>
        <message>
            <source>Comma-separated addresses or subnets allowed to send (default: all).</source>
            <translation>Comma-separated addresses or subnets allowed to send (default: all).</translation>
        </message>
        <message>
            <source>Flush every group commit to disk (SQLite synchronous=FULL).</source>
            <translation>Flush every group commit to disk (SQLite synchronous=FULL).</translation>
        </message>
        <message>
            <source>Not an address: %1</source>
            <translation>Not an address: %1</translation>
        </message>
        <message>
            <source>Not a port: %1</source>
            <translation>Not a port: %1</translation>
        </message>
        <message>
            <source>%1 %2 from %3: %4</source>
            <translation>%1 %2 from %3: %4</translation>
        </message>
        <message>
            <source> (duplicate)</source>
            <translation> (duplicate)</translation>
        </message>
        <message>
            <source>Cannot set up signal handling.</source>
            <translation>Cannot set up signal handling.</translation>
        </message>
        <message>
            <source>Listening for callbacks on %1 (POST /cdr, /callstart, /callback); ledger %2. Stop with Ctrl+C.</source>
            <translation>Listening for callbacks on %1 (POST /cdr, /callstart, /callback); ledger %2. Stop with Ctrl+C.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Stopped.</translation>
        </message>
        <message>
            <source>No profile called %1.</source>
            <translation>No profile called %1.</translation>
        </message>
        <message>
            <source>Print one line per accepted callback and per cut connection.</source>
            <translation>Print one line per accepted callback and per cut connection.</translation>
        </message>
        <message>
            <source>Listen beyond loopback without a token or allow-list (not advised).</source>
            <translation>Listen beyond loopback without a token or allow-list (not advised).</translation>
        </message>
        <message>
            <source>Seconds a request's header may take (default 10).</source>
            <translation>Seconds a request's header may take (default 10).</translation>
        </message>
        <message>
            <source>Seconds a whole request may take (default 30).</source>
            <translation>Seconds a whole request may take (default 30).</translation>
        </message>
        <message>
            <source>Seconds a connection may stay silent (default 60).</source>
            <translation>Seconds a connection may stay silent (default 60).</translation>
        </message>
        <message>
            <source>Connections held at once (default 0: the descriptor limit − 64, at most 4096).</source>
            <translation>Connections held at once (default 0: the descriptor limit − 64, at most 4096).</translation>
        </message>
        <message>
            <source>--%1 wants seconds between 0 and 86400, not %2.</source>
            <translation>--%1 wants seconds between 0 and 86400, not %2.</translation>
        </message>
        <message>
            <source>Not a number of connections: %1</source>
            <translation>Not a number of connections: %1</translation>
        </message>
        <message>
            <source>WARNING: listening on %1 accepts connections from other machines. Qt HTTP Server is meant for trusted networks: put the TLS proxy of resources/deploy/ in front of it.</source>
            <translation>WARNING: listening on %1 accepts connections from other machines. Qt HTTP Server is meant for trusted networks: put the TLS proxy of resources/deploy/ in front of it.</translation>
        </message>
        <message>
            <source>Refusing to listen on %1 with neither a token (--token-file, $PN_CALLBACK_TOKEN) nor an allow-list (--allow); give --insecure-open to do it anyway.</source>
            <translation>Refusing to listen on %1 with neither a token (--token-file, $PN_CALLBACK_TOKEN) nor an allow-list (--allow); give --insecure-open to do it anyway.</translation>
        </message>
        <message>
            <source>WARNING: no token and no allow-list: anyone who reaches this port can store call records.</source>
            <translation>WARNING: no token and no allow-list: anyone who reaches this port can store call records.</translation>
        </message>
        <message>
            <source>cut: %1 (%2 open of %3; %4 cut so far)</source>
            <translation>cut: %1 (%2 open of %3; %4 cut so far)</translation>
        </message>
        <message>
            <source>Limits: header %1 bytes, body %2 bytes, header timeout %3 s, request timeout %4 s, idle timeout %5 s, %6 connections.</source>
            <translation>Limits: header %1 bytes, body %2 bytes, header timeout %3 s, request timeout %4 s, idle timeout %5 s, %6 connections.</translation>
        </message>
        <message>
            <source>Connections: %1 accepted; cut: %2 header timeouts, %3 request timeouts, %4 idle, %5 closed at the cap, %6 refused, %7 too large, %8 headers too large, %9 malformed.</source>
            <translation>Connections: %1 accepted; cut: %2 header timeouts, %3 request timeouts, %4 idle, %5 closed at the cap, %6 refused, %7 too large, %8 headers too large, %9 malformed.</translation>
        </message>
        <message>
            <source>Also download the recording of each CDR that has one, for profiles whose recording policy is on (pnctl recordings policy), on a thread of its own; the retention is applied every hour.</source>
            <translation>Also download the recording of each CDR that has one, for profiles whose recording policy is on (pnctl recordings policy), on a thread of its own; the retention is applied every hour.</translation>
        </message>
        <message>
            <source>With --fetch-recordings: queue at start only the recordings of calls that began at or after TIME ("2026-12-02 10:00", epoch seconds or an age such as 2h, 7d; default: every one not fetched yet).</source>
            <translation>With --fetch-recordings: queue at start only the recordings of calls that began at or after TIME ("2026-12-02 10:00", epoch seconds or an age such as 2h, 7d; default: every one not fetched yet).</translation>
        </message>
        <message>
            <source>With --fetch-recordings: seconds before the first retry of a failed download, doubling up to 6 hours (default 60).</source>
            <translation>With --fetch-recordings: seconds before the first retry of a failed download, doubling up to 6 hours (default 60).</translation>
        </message>
        <message>
            <source>--fetch-since and --fetch-backoff go with --fetch-recordings.</source>
            <translation>--fetch-since and --fetch-backoff go with --fetch-recordings.</translation>
        </message>
        <message>
            <source>--fetch-since: cannot read "%1"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</source>
            <translation>--fetch-since: cannot read "%1"; use "2026-12-02 10:00", epoch seconds or an age such as 30m, 2h, 7d.</translation>
        </message>
        <message>
            <source>--fetch-backoff wants seconds between 0 and 21600, not %1.</source>
            <translation>--fetch-backoff wants seconds between 0 and 21600, not %1.</translation>
        </message>
        <message>
            <source>WARNING: %1</source>
            <translation>WARNING: %1</translation>
        </message>
        <message>
            <source>recording %1: stored %2</source>
            <translation>recording %1: stored %2</translation>
        </message>
        <message>
            <source>recording %1: %2 (final)</source>
            <translation>recording %1: %2 (final)</translation>
        </message>
        <message>
            <source>recording %1: %2 (will retry)</source>
            <translation>recording %1: %2 (will retry)</translation>
        </message>
        <message>
            <source>recordings: %1</source>
            <translation>recordings: %1</translation>
        </message>
        <message>
            <source>Fetching recordings into %1.</source>
            <translation>Fetching recordings into %1.</translation>
        </message>
        <message>
            <source>Recordings: %1 stored, %2 failed attempts, %3 removed by retention.</source>
            <translation>Recordings: %1 stored, %2 failed attempts, %3 removed by retention.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
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
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <source>New binding</source>
            <translation>New binding</translation>
        </message>
        <message>
            <source>New transfer</source>
            <translation>New transfer</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;New binding (AXB)…</source>
            <translation>&amp;New binding (AXB)…</translation>
        </message>
        <message>
            <source>New &amp;transfer (XA)…</source>
            <translation>New &amp;transfer (XA)…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Find binding</source>
            <translation>&amp;Find binding</translation>
        </message>
        <message>
            <source>&amp;Release selected…</source>
            <translation>&amp;Release selected…</translation>
        </message>
        <message>
            <source>Copy &amp;subid</source>
            <translation>Copy &amp;subid</translation>
        </message>
        <message>
            <source>&amp;Reveal real numbers for this session</source>
            <translation>&amp;Reveal real numbers for this session</translation>
        </message>
        <message>
            <source>&amp;Mask all numbers again</source>
            <translation>&amp;Mask all numbers again</translation>
        </message>
        <message>
            <source>Show the full A and B numbers in every table until the console closes (each reveal is audited)</source>
            <translation>Show the full A and B numbers in every table until the console closes (each reveal is audited)</translation>
        </message>
    </context>
    <context>
        <name>ProfileCli</name>
        <message>
            <source>Master password for %1: </source>
            <translation>Master password for %1: </translation>
        </message>
        <message>
            <source>New master password for %1: </source>
            <translation>New master password for %1: </translation>
        </message>
        <message>
            <source>Repeat the master password: </source>
            <translation>Repeat the master password: </translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>The passwords differ.</translation>
        </message>
        <message>
            <source>production, test or sandbox.</source>
            <translation>production, test or sandbox.</translation>
        </message>
        <message>
            <source>Platform address, e.g. https://api.example.com.</source>
            <translation>Platform address, e.g. https://api.example.com.</translation>
        </message>
        <message>
            <source>Developer ID.</source>
            <translation>Developer ID.</translation>
        </message>
        <message>
            <source>APP ID (repeat or separate with commas).</source>
            <translation>APP ID (repeat or separate with commas).</translation>
        </message>
        <message>
            <source>Default APP ID.</source>
            <translation>Default APP ID.</translation>
        </message>
        <message>
            <source>X number (repeat or separate with commas).</source>
            <translation>X number (repeat or separate with commas).</translation>
        </message>
        <message>
            <source>Extra trusted CA file (PEM).</source>
            <translation>Extra trusted CA file (PEM).</translation>
        </message>
        <message>
            <source>Allow an http:// address.</source>
            <translation>Allow an http:// address.</translation>
        </message>
        <message>
            <source>Refuse http:// again (edit).</source>
            <translation>Refuse http:// again (edit).</translation>
        </message>
        <message>
            <source>Timeout per request.</source>
            <translation>Timeout per request.</translation>
        </message>
        <message>
            <source>Client-side limit, requests per second (0 = none).</source>
            <translation>Client-side limit, requests per second (0 = none).</translation>
        </message>
        <message>
            <source>Warn below this balance (yuan).</source>
            <translation>Warn below this balance (yuan).</translation>
        </message>
        <message>
            <source>Callback receiver address.</source>
            <translation>Callback receiver address.</translation>
        </message>
        <message>
            <source>Callback receiver port.</source>
            <translation>Callback receiver port.</translation>
        </message>
        <message>
            <source>Addresses or subnets allowed to call back (commas).</source>
            <translation>Addresses or subnets allowed to call back (commas).</translation>
        </message>
        <message>
            <source>File holding the auth key ('-' for stdin).</source>
            <translation>File holding the auth key ('-' for stdin).</translation>
        </message>
        <message>
            <source>Read the auth key from standard input.</source>
            <translation>Read the auth key from standard input.</translation>
        </message>
        <message>
            <source>File holding the callback shared-secret token.</source>
            <translation>File holding the callback shared-secret token.</translation>
        </message>
        <message>
            <source>Remove the callback token (edit).</source>
            <translation>Remove the callback token (edit).</translation>
        </message>
        <message>
            <source>New name (edit).</source>
            <translation>New name (edit).</translation>
        </message>
        <message>
            <source>--%1 needs a number.</source>
            <translation>--%1 needs a number.</translation>
        </message>
        <message>
            <source>--env must be production, test or sandbox.</source>
            <translation>--env must be production, test or sandbox.</translation>
        </message>
        <message>
            <source>--callback-port must be between 0 and 65535.</source>
            <translation>--callback-port must be between 0 and 65535.</translation>
        </message>
        <message>
            <source>Give either --key-file or --key-stdin, not both.</source>
            <translation>Give either --key-file or --key-stdin, not both.</translation>
        </message>
        <message>
            <source>Secrets are kept in: %1 (%2)</source>
            <translation>Secrets are kept in: %1 (%2)</translation>
        </message>
        <message>
            <source>No profiles.</source>
            <translation>No profiles.</translation>
        </message>
        <message>
            <source>key: %1</source>
            <translation>key: %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Base URL</translation>
        </message>
        <message>
            <source>Developer ID</source>
            <translation>Developer ID</translation>
        </message>
        <message>
            <source>APP IDs</source>
            <translation>APP IDs</translation>
        </message>
        <message>
            <source>Default APP ID</source>
            <translation>Default APP ID</translation>
        </message>
        <message>
            <source>X numbers</source>
            <translation>X numbers</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA file</translation>
        </message>
        <message>
            <source>Plain HTTP allowed</source>
            <translation>Plain HTTP allowed</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>Timeout</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Rate limit</source>
            <translation>Rate limit</translation>
        </message>
        <message>
            <source>%1 per second</source>
            <translation>%1 per second</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Low-balance warning</source>
            <translation>Low-balance warning</translation>
        </message>
        <message>
            <source>Callback receiver</source>
            <translation>Callback receiver</translation>
        </message>
        <message>
            <source>Callback allow-list</source>
            <translation>Callback allow-list</translation>
        </message>
        <message>
            <source>Callback token</source>
            <translation>Callback token</translation>
        </message>
        <message>
            <source>set (not shown)</source>
            <translation>set (not shown)</translation>
        </message>
        <message>
            <source>Auth key</source>
            <translation>Auth key</translation>
        </message>
        <message>
            <source>kept in the %1 (not shown)</source>
            <translation>kept in the %1 (not shown)</translation>
        </message>
        <message>
            <source>A new profile needs its auth key: --key-file FILE or --key-stdin.</source>
            <translation>A new profile needs its auth key: --key-file FILE or --key-stdin.</translation>
        </message>
        <message>
            <source>Profile "%1" added.</source>
            <translation>Profile "%1" added.</translation>
        </message>
        <message>
            <source>Profile "%1" saved.</source>
            <translation>Profile "%1" saved.</translation>
        </message>
        <message>
            <source>Profile "%1" removed.</source>
            <translation>Profile "%1" removed.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) exported to %1 (without keys).</source>
            <translation>
                <numerusform>%n profile(s) exported to %1 (without keys).</numerusform>
                <numerusform>%n profile(s) exported to %1 (without keys).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>No key was given for profile "%1"; import stopped.</source>
            <translation>No key was given for profile "%1"; import stopped.</translation>
        </message>
        <message>
            <source>Auth key for profile "%1" (not shown): </source>
            <translation>Auth key for profile "%1" (not shown): </translation>
        </message>
        <message>
            <source>Callback token for profile "%1" (not shown): </source>
            <translation>Callback token for profile "%1" (not shown): </translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) imported.</source>
            <translation>
                <numerusform>%n profile(s) imported.</numerusform>
                <numerusform>%n profile(s) imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keys are never accepted on the command line (other users can see it in the process list). Use --key-file FILE or --key-stdin.</source>
            <translation>Keys are never accepted on the command line (other users can see it in the process list). Use --key-file FILE or --key-stdin.</translation>
        </message>
        <message>
            <source>Folder of the ledger.</source>
            <translation>Folder of the ledger.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Print JSON.</translation>
        </message>
        <message>
            <source>auto, keychain or vault.</source>
            <translation>auto, keychain or vault.</translation>
        </message>
        <message>
            <source>File holding the vault's master password.</source>
            <translation>File holding the vault's master password.</translation>
        </message>
        <message>
            <source>Remove even with active bindings.</source>
            <translation>Remove even with active bindings.</translation>
        </message>
        <message>
            <source>Write to this file.</source>
            <translation>Write to this file.</translation>
        </message>
        <message>
            <source>Folder with NAME.key (and NAME.token) files.</source>
            <translation>Folder with NAME.key (and NAME.token) files.</translation>
        </message>
        <message>
            <source>Wrong number of arguments.</source>
            <translation>Wrong number of arguments.</translation>
        </message>
        <message>
            <source>Unknown profile subcommand: %1</source>
            <translation>Unknown profile subcommand: %1</translation>
        </message>
        <message>
            <source>The secrets are kept in the %1; it has no master password to change here.</source>
            <translation>The secrets are kept in the %1; it has no master password to change here.</translation>
        </message>
        <message>
            <source>The master password of %1 was changed.</source>
            <translation>The master password of %1 was changed.</translation>
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
            <translation>Usage: pnctl [--data-dir DIR] profile SUBCOMMAND [options]
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
</translation>
        </message>
        <message>
            <source>File holding the vault's new master password.</source>
            <translation>File holding the vault's new master password.</translation>
        </message>
        <message>
            <source>Keep real numbers of ended bindings this many days (or "forever").</source>
            <translation>Keep real numbers of ended bindings this many days (or "forever").</translation>
        </message>
        <message>
            <source>--retention-days: a number of days (1 or more) or "forever".</source>
            <translation>--retention-days: a number of days (1 or more) or "forever".</translation>
        </message>
        <message>
            <source>The ledger: a folder or postgresql://…</source>
            <translation>The ledger: a folder or postgresql://…</translation>
        </message>
    </context>
    <context>
        <name>ProfileStore</name>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>Name (name) is required.</source>
            <translation>Name (name) is required.</translation>
        </message>
        <message>
            <source>Name (name) is longer than 64 characters.</source>
            <translation>Name (name) is longer than 64 characters.</translation>
        </message>
        <message>
            <source>Name (name) must not begin or end with spaces.</source>
            <translation>Name (name) must not begin or end with spaces.</translation>
        </message>
        <message>
            <source>Name (name): "%1" is reserved for the built-in sandbox.</source>
            <translation>Name (name): "%1" is reserved for the built-in sandbox.</translation>
        </message>
        <message>
            <source>Base URL (base_url) is required.</source>
            <translation>Base URL (base_url) is required.</translation>
        </message>
        <message>
            <source>Base URL (base_url) must be an http:// or https:// address with a host, such as https://api.example.com.</source>
            <translation>Base URL (base_url) must be an http:// or https:// address with a host, such as https://api.example.com.</translation>
        </message>
        <message>
            <source>Base URL (base_url) must not contain a user name, query or fragment.</source>
            <translation>Base URL (base_url) must not contain a user name, query or fragment.</translation>
        </message>
        <message>
            <source>Base URL (base_url) uses plain HTTP; allow plain HTTP (allow_plain_http) explicitly or use https://.</source>
            <translation>Base URL (base_url) uses plain HTTP; allow plain HTTP (allow_plain_http) explicitly or use https://.</translation>
        </message>
        <message>
            <source>Base URL (base_url): a sandbox profile must point at this computer (127.0.0.1).</source>
            <translation>Base URL (base_url): a sandbox profile must point at this computer (127.0.0.1).</translation>
        </message>
        <message>
            <source>Developer ID (devid) is required.</source>
            <translation>Developer ID (devid) is required.</translation>
        </message>
        <message>
            <source>Developer ID (devid) must not contain spaces or commas and must be at most 64 characters.</source>
            <translation>Developer ID (devid) must not contain spaces or commas and must be at most 64 characters.</translation>
        </message>
        <message>
            <source>APP IDs (appids): at least one is required.</source>
            <translation>APP IDs (appids): at least one is required.</translation>
        </message>
        <message>
            <source>APP IDs (appids): "%1" is empty or contains spaces or commas.</source>
            <translation>APP IDs (appids): "%1" is empty or contains spaces or commas.</translation>
        </message>
        <message>
            <source>APP IDs (appids): "%1" is listed twice.</source>
            <translation>APP IDs (appids): "%1" is listed twice.</translation>
        </message>
        <message>
            <source>Default APP ID (default_appid) "%1" is not one of the APP IDs.</source>
            <translation>Default APP ID (default_appid) "%1" is not one of the APP IDs.</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X number</translation>
        </message>
        <message>
            <source>CA file (ca_file) %1 cannot be read.</source>
            <translation>CA file (ca_file) %1 cannot be read.</translation>
        </message>
        <message>
            <source>Timeout (timeout_ms) must be between 1000 and 300000 ms.</source>
            <translation>Timeout (timeout_ms) must be between 1000 and 300000 ms.</translation>
        </message>
        <message>
            <source>Rate limit (rate_limit) must be between 0 (no limit) and 10000 requests per second.</source>
            <translation>Rate limit (rate_limit) must be between 0 (no limit) and 10000 requests per second.</translation>
        </message>
        <message>
            <source>Low-balance threshold (low_balance_threshold) must not be negative.</source>
            <translation>Low-balance threshold (low_balance_threshold) must not be negative.</translation>
        </message>
        <message>
            <source>Callback address (callback_address) must be an IP address such as 127.0.0.1.</source>
            <translation>Callback address (callback_address) must be an IP address such as 127.0.0.1.</translation>
        </message>
        <message>
            <source>Callback allow-list (callback_allow_list): "%1" is not an address or a subnet.</source>
            <translation>Callback allow-list (callback_allow_list): "%1" is not an address or a subnet.</translation>
        </message>
        <message>
            <source>Cannot read the profiles: %1</source>
            <translation>Cannot read the profiles: %1</translation>
        </message>
        <message>
            <source>There is no profile with id %1.</source>
            <translation>There is no profile with id %1.</translation>
        </message>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>There is no profile named "%1".</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>A profile named "%1" already exists.</translation>
        </message>
        <message>
            <source>Cannot save the profile "%1": %2</source>
            <translation>Cannot save the profile "%1": %2</translation>
        </message>
        <message>
            <source>The environment of a profile cannot change between sandbox and a real account; create a new profile instead.</source>
            <translation>The environment of a profile cannot change between sandbox and a real account; create a new profile instead.</translation>
        </message>
        <message numerus="yes">
            <source>The profile "%1" still has %n pending or active binding(s) or transfer(s). Release them first, or force the removal.</source>
            <translation>
                <numerusform>The profile "%1" still has %n pending or active binding(s) or transfer(s). Release them first, or force the removal.</numerusform>
                <numerusform>The profile "%1" still has %n pending or active binding(s) or transfer(s). Release them first, or force the removal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot remove the profile: %1</source>
            <translation>Cannot remove the profile: %1</translation>
        </message>
        <message>
            <source>Profile "%1": environment (environment) must be production, test or sandbox.</source>
            <translation>Profile "%1": environment (environment) must be production, test or sandbox.</translation>
        </message>
        <message>
            <source>Profile "%1": callback port (callback_port) must be between 0 and 65535.</source>
            <translation>Profile "%1": callback port (callback_port) must be between 0 and 65535.</translation>
        </message>
        <message>
            <source>Profile "%1": %2</source>
            <translation>Profile "%1": %2</translation>
        </message>
        <message>
            <source>This is not a profile export of this program.</source>
            <translation>This is not a profile export of this program.</translation>
        </message>
        <message>
            <source>The profile export was written by a newer version of this program.</source>
            <translation>The profile export was written by a newer version of this program.</translation>
        </message>
        <message>
            <source>The profile "%1" appears twice in the export.</source>
            <translation>The profile "%1" appears twice in the export.</translation>
        </message>
        <message>
            <source>The profile "%1" still has %2 and %3. Release them and finish or stop the bulk jobs first, or force the removal.</source>
            <translation>The profile "%1" still has %2 and %3. Release them and finish or stop the bulk jobs first, or force the removal.</translation>
        </message>
        <message numerus="yes">
            <source>%n pending or active binding(s) or transfer(s)</source>
            <translation>
                <numerusform>%n pending or active binding(s) or transfer(s)</numerusform>
                <numerusform>%n pending or active binding(s) or transfer(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unfinished bulk job(s)</source>
            <translation>
                <numerusform>%n unfinished bulk job(s)</numerusform>
                <numerusform>%n unfinished bulk job(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The profile "%1" still has %n unfinished bulk job(s) (running, paused or interrupted). Finish or stop them in the bulk dialog first, or force the removal.</source>
            <translation>
                <numerusform>The profile "%1" still has %n unfinished bulk job(s) (running, paused or interrupted). Finish or stop them in the bulk dialog first, or force the removal.</numerusform>
                <numerusform>The profile "%1" still has %n unfinished bulk job(s) (running, paused or interrupted). Finish or stop them in the bulk dialog first, or force the removal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Retention (retention_days) must be at least 1 day, or forever.</source>
            <translation>Retention (retention_days) must be at least 1 day, or forever.</translation>
        </message>
    </context>
    <context>
        <name>RecordStates</name>
        <message>
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>released</source>
            <translation>released</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
    </context>
    <context>
        <name>RequestLogTab</name>
        <message>
            <source>Request and response</source>
            <translation>Request and response</translation>
        </message>
        <message>
            <source>Copy as curl signs the request afresh: the Authorization header is valid for 3 minutes. The auth key itself is never shown or copied.</source>
            <translation>Copy as curl signs the request afresh: the Authorization header is valid for 3 minutes. The auth key itself is never shown or copied.</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>Copy as curl</translation>
        </message>
        <message>
            <source>Copy this request as a curl command, signed afresh (valid 3 minutes; carries the real numbers, audited)</source>
            <translation>Copy this request as a curl command, signed afresh (valid 3 minutes; carries the real numbers, audited)</translation>
        </message>
    </context>
    <context>
        <name>RetentionRecordings</name>
        <message>
            <source>Cannot list the recordings of erased calls: %1</source>
            <translation>Cannot list the recordings of erased calls: %1</translation>
        </message>
    </context>
    <context>
        <name>SandboxApi</name>
        <message>
            <source>The Authorization header is missing.</source>
            <translation>The Authorization header is missing.</translation>
        </message>
        <message>
            <source>The Authorization header is not well-formed Keytime (Keytime devid,timestamp,signature).</source>
            <translation>The Authorization header is not well-formed Keytime (Keytime devid,timestamp,signature).</translation>
        </message>
        <message>
            <source>The developer ID %1 is unknown.</source>
            <translation>The developer ID %1 is unknown.</translation>
        </message>
        <message>
            <source>The signature does not match.</source>
            <translation>The signature does not match.</translation>
        </message>
        <message>
            <source>The timestamp is %1 s away from the platform's clock (at most 180 s are allowed).</source>
            <translation>The timestamp is %1 s away from the platform's clock (at most 180 s are allowed).</translation>
        </message>
        <message>
            <source>The system is under maintenance.</source>
            <translation>The system is under maintenance.</translation>
        </message>
        <message>
            <source>Authentication failed (injected fault).</source>
            <translation>Authentication failed (injected fault).</translation>
        </message>
        <message>
            <source>Too many requests: the rate limit is %1 per second.</source>
            <translation>Too many requests: the rate limit is %1 per second.</translation>
        </message>
        <message>
            <source>Temporary system failure (injected fault).</source>
            <translation>Temporary system failure (injected fault).</translation>
        </message>
        <message>
            <source>No API matches %1 %2.</source>
            <translation>No API matches %1 %2.</translation>
        </message>
        <message>
            <source>The request body must be application/x-www-form-urlencoded.</source>
            <translation>The request body must be application/x-www-form-urlencoded.</translation>
        </message>
        <message>
            <source>The request body is not valid UTF-8.</source>
            <translation>The request body is not valid UTF-8.</translation>
        </message>
        <message>
            <source>The query string is not valid UTF-8.</source>
            <translation>The query string is not valid UTF-8.</translation>
        </message>
    </context>
    <context>
        <name>SandboxEngine</name>
        <message>
            <source>The account does not exist.</source>
            <translation>The account does not exist.</translation>
        </message>
        <message>
            <source>The account is suspended or closed.</source>
            <translation>The account is suspended or closed.</translation>
        </message>
        <message>
            <source>The appid %1 is not enabled for this account.</source>
            <translation>The appid %1 is not enabled for this account.</translation>
        </message>
        <message>
            <source>The required parameter %1 is missing.</source>
            <translation>The required parameter %1 is missing.</translation>
        </message>
        <message>
            <source>The parameter ttl must be a whole number of seconds.</source>
            <translation>The parameter ttl must be a whole number of seconds.</translation>
        </message>
        <message>
            <source>The parameter record must be 0 or 1.</source>
            <translation>The parameter record must be 0 or 1.</translation>
        </message>
        <message>
            <source>The reqid %1 was already used with other parameters.</source>
            <translation>The reqid %1 was already used with other parameters.</translation>
        </message>
        <message>
            <source>The account balance is insufficient.</source>
            <translation>The account balance is insufficient.</translation>
        </message>
        <message>
            <source>The X number %1 is not in this account's number pool.</source>
            <translation>The X number %1 is not in this account's number pool.</translation>
        </message>
        <message>
            <source>The number %1 is already bound on X number %2.</source>
            <translation>The number %1 is already bound on X number %2.</translation>
        </message>
        <message>
            <source>The system operation failed.</source>
            <translation>The system operation failed.</translation>
        </message>
        <message>
            <source>The parameter appid is empty.</source>
            <translation>The parameter appid is empty.</translation>
        </message>
        <message>
            <source>The parameter subid is empty.</source>
            <translation>The parameter subid is empty.</translation>
        </message>
        <message>
            <source>No active binding has the subid %1.</source>
            <translation>No active binding has the subid %1.</translation>
        </message>
        <message>
            <source>The parameter display must be 0 or 1.</source>
            <translation>The parameter display must be 0 or 1.</translation>
        </message>
        <message>
            <source>The X number %1 already has a transfer.</source>
            <translation>The X number %1 already has a transfer.</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X number</translation>
        </message>
        <message>
            <source>The X number %1 has no transfer.</source>
            <translation>The X number %1 has no transfer.</translation>
        </message>
        <message>
            <source>The duration must not be negative.</source>
            <translation>The duration must not be negative.</translation>
        </message>
        <message>
            <source>Give a subid or an X number with a transfer.</source>
            <translation>Give a subid or an X number with a transfer.</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>The ring time must not be negative.</source>
            <translation>The ring time must not be negative.</translation>
        </message>
    </context>
    <context>
        <name>SandboxStore</name>
        <message>
            <source>Cannot open the sandbox state file %1: %2</source>
            <translation>Cannot open the sandbox state file %1: %2</translation>
        </message>
        <message>
            <source>Cannot prepare the sandbox state file %1: %2</source>
            <translation>Cannot prepare the sandbox state file %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SecretBackendChoice</name>
        <message>
            <source>Cannot read the data folder's settings: %1</source>
            <translation>Cannot read the data folder's settings: %1</translation>
        </message>
        <message>
            <source>Cannot save the data folder's settings: %1</source>
            <translation>Cannot save the data folder's settings: %1</translation>
        </message>
        <message>
            <source>the folder's profiles keep their keys in the %1</source>
            <translation>the folder's profiles keep their keys in the %1</translation>
        </message>
        <message>
            <source>this data folder keeps its keys in the %1</source>
            <translation>this data folder keeps its keys in the %1</translation>
        </message>
        <message>
            <source>This data folder keeps its keys in the %1, but this program was asked to use the %2 (--secret-backend or PN_SECRET_BACKEND). Use the %1, or start without that choice.</source>
            <translation>This data folder keeps its keys in the %1, but this program was asked to use the %2 (--secret-backend or PN_SECRET_BACKEND). Use the %1, or start without that choice.</translation>
        </message>
        <message>
            <source>This data folder keeps its keys in the OS keychain, but the keychain cannot be reached: %1 Unlock or start the keychain, then try again.</source>
            <translation>This data folder keeps its keys in the OS keychain, but the keychain cannot be reached: %1 Unlock or start the keychain, then try again.</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>OS keychain</source>
            <translation>OS keychain</translation>
        </message>
        <message>
            <source>encrypted vault file</source>
            <translation>encrypted vault file</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>SecretStoreFactory</name>
        <message>
            <source>the vault was chosen explicitly</source>
            <translation>the vault was chosen explicitly</translation>
        </message>
        <message>
            <source>The OS keychain is not reachable: %1</source>
            <translation>The OS keychain is not reachable: %1</translation>
        </message>
        <message>
            <source>the keychain was chosen explicitly</source>
            <translation>the keychain was chosen explicitly</translation>
        </message>
        <message>
            <source>Unknown secret backend "%1"; use auto, keychain or vault.</source>
            <translation>Unknown secret backend "%1"; use auto, keychain or vault.</translation>
        </message>
        <message>
            <source>the OS keychain is reachable</source>
            <translation>the OS keychain is reachable</translation>
        </message>
        <message>
            <source>no OS keychain (%1)</source>
            <translation>no OS keychain (%1)</translation>
        </message>
        <message>
            <source>the %1 was chosen explicitly</source>
            <translation>the %1 was chosen explicitly</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>New transfer (XA)</source>
            <translation>New transfer (XA)</translation>
        </message>
        <message>
            <source>Every call to the privacy number X is forwarded to A.</source>
            <translation>Every call to the privacy number X is forwarded to A.</translation>
        </message>
        <message>
            <source>App ID:</source>
            <translation>App ID:</translation>
        </message>
        <message>
            <source>Privacy number X:</source>
            <translation>Privacy number X:</translation>
        </message>
        <message>
            <source>Number A:</source>
            <translation>Number A:</translation>
        </message>
        <message>
            <source>Real number calls are forwarded to</source>
            <translation>Real number calls are forwarded to</translation>
        </message>
        <message>
            <source>Validity:</source>
            <translation>Validity:</translation>
        </message>
        <message>
            <source>Recording:</source>
            <translation>Recording:</translation>
        </message>
        <message>
            <source>Record the calls</source>
            <translation>Record the calls</translation>
        </message>
        <message>
            <source>A sees:</source>
            <translation>A sees:</translation>
        </message>
        <message>
            <source>Announcement:</source>
            <translation>Announcement:</translation>
        </message>
        <message>
            <source>code assigned by the platform</source>
            <translation>code assigned by the platform</translation>
        </message>
        <message>
            <source>User data:</source>
            <translation>User data:</translation>
        </message>
        <message>
            <source>Returned in the call records</source>
            <translation>Returned in the call records</translation>
        </message>
        <message>
            <source>Encode as base64</source>
            <translation>Encode as base64</translation>
        </message>
        <message>
            <source>Request ID:</source>
            <translation>Request ID:</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>Search by A or X</source>
            <translation>Search by A or X</translation>
        </message>
        <message>
            <source>Release transfer…</source>
            <translation>Release transfer…</translation>
        </message>
        <message>
            <source>Release the selected transfer on the platform (asks first)</source>
            <translation>Release the selected transfer on the platform (asks first)</translation>
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
        <message>
            <source>Validity (ttl) can be at most %1 s (about 68 years): the platform's ttl is a 32-bit integer, so a longer one cannot be sent as it is.</source>
            <translation>Validity (ttl) can be at most %1 s (about 68 years): the platform's ttl is a 32-bit integer, so a longer one cannot be sent as it is.</translation>
        </message>
    </context>
    <context>
        <name>VaultCodec</name>
        <message>
            <source>The vault's key-derivation parameters are out of range.</source>
            <translation>The vault's key-derivation parameters are out of range.</translation>
        </message>
        <message>
            <source>This file is not a secret vault.</source>
            <translation>This file is not a secret vault.</translation>
        </message>
        <message>
            <source>The secret vault has format version %1, which this program cannot read.</source>
            <translation>The secret vault has format version %1, which this program cannot read.</translation>
        </message>
        <message numerus="yes">
            <source>The secret vault is truncated (only %n byte(s)).</source>
            <translation>
                <numerusform>The secret vault is truncated (only %n byte(s)).</numerusform>
                <numerusform>The secret vault is truncated (only %n byte(s)).</numerusform>
            </translation>
        </message>
        <message>
            <source>The secret vault's header is damaged; it was changed outside this program.</source>
            <translation>The secret vault's header is damaged; it was changed outside this program.</translation>
        </message>
        <message>
            <source>The secret vault uses settings this program does not support.</source>
            <translation>The secret vault uses settings this program does not support.</translation>
        </message>
        <message>
            <source>The secret vault is truncated: %1 of %2 bytes.</source>
            <translation>The secret vault is truncated: %1 of %2 bytes.</translation>
        </message>
        <message numerus="yes">
            <source>The secret vault has %n unexpected trailing byte(s).</source>
            <translation>
                <numerusform>The secret vault has %n unexpected trailing byte(s).</numerusform>
                <numerusform>The secret vault has %n unexpected trailing byte(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Deriving the vault key failed (out of memory?).</source>
            <translation>Deriving the vault key failed (out of memory?).</translation>
        </message>
        <message>
            <source>Wrong master password for the secret vault.</source>
            <translation>Wrong master password for the secret vault.</translation>
        </message>
        <message>
            <source>The secret vault is damaged or was tampered with (authentication failed).</source>
            <translation>The secret vault is damaged or was tampered with (authentication failed).</translation>
        </message>
        <message>
            <source>Encrypting the secret vault failed.</source>
            <translation>Encrypting the secret vault failed.</translation>
        </message>
    </context>
    <context>
        <name>VaultSecretStore</name>
        <message>
            <source>Cannot read the secret vault %1: %2</source>
            <translation>Cannot read the secret vault %1: %2</translation>
        </message>
        <message>
            <source>The secret vault %1 needs its master password.</source>
            <translation>The secret vault %1 needs its master password.</translation>
        </message>
        <message>
            <source>No master password was given for the secret vault %1.</source>
            <translation>No master password was given for the secret vault %1.</translation>
        </message>
        <message>
            <source>Wrong master password for the secret vault %1.</source>
            <translation>Wrong master password for the secret vault %1.</translation>
        </message>
        <message>
            <source>A new secret vault needs a master password.</source>
            <translation>A new secret vault needs a master password.</translation>
        </message>
        <message>
            <source>No master password was given for the new secret vault %1.</source>
            <translation>No master password was given for the new secret vault %1.</translation>
        </message>
        <message>
            <source>The secret vault %1 decrypts but its contents are malformed.</source>
            <translation>The secret vault %1 decrypts but its contents are malformed.</translation>
        </message>
        <message>
            <source>The secret vault has no entry %1.</source>
            <translation>The secret vault has no entry %1.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>The secret vault %1 is locked by another program.</source>
            <translation>The secret vault %1 is locked by another program.</translation>
        </message>
        <message>
            <source>Cannot write the secret vault %1: %2</source>
            <translation>Cannot write the secret vault %1: %2</translation>
        </message>
        <message>
            <source>There is no secret vault at %1 yet.</source>
            <translation>There is no secret vault at %1 yet.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Privacy Number Console</source>
            <translation>Privacy Number Console</translation>
        </message>
        <message>
            <source>The console cannot start: %1</source>
            <translation>The console cannot start: %1</translation>
        </message>
        <message>
            <source>The console is already open on this data folder; its window was brought to the front.</source>
            <translation>The console is already open on this data folder; its window was brought to the front.</translation>
        </message>
        <message>
            <source>The console did not close properly last time (started %1). What it wrote before is in the log: %2</source>
            <translation>The console did not close properly last time (started %1). What it wrote before is in the log: %2</translation>
        </message>
        <message>
            <source>The ledger %1 cannot be opened: %2
The console stays on %3.</source>
            <translation>The ledger %1 cannot be opened: %2
The console stays on %3.</translation>
        </message>
    </context>
    <context>
        <name>pn::AccountPanel</name>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Every minute</source>
            <translation>Every minute</translation>
        </message>
        <message>
            <source>Every 5 minutes</source>
            <translation>Every 5 minutes</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Every 15 minutes</translation>
        </message>
        <message numerus="yes">
            <source>Every %n second(s)</source>
            <translation>
                <numerusform>Every %n second</numerusform>
                <numerusform>Every %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Refreshing…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Trial</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Unknown state %1</source>
            <translation>Unknown state %1</translation>
        </message>
        <message>
            <source>¥%1</source>
            <translation>¥%1</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>The account is on trial: the platform may limit what it does.</source>
            <translation>The account is on trial: the platform may limit what it does.</translation>
        </message>
        <message>
            <source>The account is %1: new bindings will be refused.</source>
            <translation>The account is %1: new bindings will be refused.</translation>
        </message>
        <message>
            <source>Available funds %1 are below the warning threshold %2.</source>
            <translation>Available funds %1 are below the warning threshold %2.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Refresh failed: %1</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>Developer</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>Reseller</translation>
        </message>
        <message>
            <source>Trial user</source>
            <translation>Trial user</translation>
        </message>
        <message>
            <source>%1 (not a role this console knows)</source>
            <translation>%1 (not a role this console knows)</translation>
        </message>
        <message>
            <source>The platform says: %1</source>
            <translation>The platform says: %1</translation>
        </message>
    </context>
    <context>
        <name>pn::AlertSettingsDialog</name>
        <message>
            <source>Alerts of this profile</source>
            <translation>Alerts of this profile</translation>
        </message>
        <message>
            <source>A request pending for more than</source>
            <translation>A request pending for more than</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>At least this many rejected callbacks</source>
            <translation>At least this many rejected callbacks</translation>
        </message>
        <message>
            <source>within </source>
            <translation>within </translation>
        </message>
        <message>
            <source>No call record while bindings are active for</source>
            <translation>No call record while bindings are active for</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>A recording that could not be downloaded</source>
            <translation>A recording that could not be downloaded</translation>
        </message>
        <message>
            <source>Active bindings that expire within</source>
            <translation>Active bindings that expire within</translation>
        </message>
        <message>
            <source>Available funds below the profile's warning threshold</source>
            <translation>Available funds below the profile's warning threshold</translation>
        </message>
    </context>
    <context>
        <name>pn::AlertsMonitor</name>
        <message numerus="yes">
            <source>%n request(s) pending for more than %1 minutes</source>
            <translation>
                <numerusform>%n request(s) pending for more than %1 minutes</numerusform>
                <numerusform>%n request(s) pending for more than %1 minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n callback(s) rejected in the last %1 minutes</source>
            <translation>
                <numerusform>%n callback(s) rejected in the last %1 minutes</numerusform>
                <numerusform>%n callback(s) rejected in the last %1 minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No call record for %n hour(s) while %1 binding(s) are active: is the callback URL still reachable?</source>
            <translation>
                <numerusform>No call record for %n hour(s) while %1 binding(s) are active: is the callback URL still reachable?</numerusform>
                <numerusform>No call record for %n hour(s) while %1 binding(s) are active: is the callback URL still reachable?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recording(s) could not be downloaded</source>
            <translation>
                <numerusform>%n recording(s) could not be downloaded</numerusform>
                <numerusform>%n recording(s) could not be downloaded</numerusform>
            </translation>
        </message>
        <message>
            <source>Privacy Number Console</source>
            <translation>Privacy Number Console</translation>
        </message>
        <message>
            <source>%1 — show the rows</source>
            <translation>%1 — show the rows</translation>
        </message>
        <message>
            <source>Alert settings…</source>
            <translation>Alert settings…</translation>
        </message>
        <message numerus="yes">
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n alert(s)</numerusform>
                <numerusform>%n alert(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>No alerts now. Click for the alert settings.</source>
            <translation>No alerts now. Click for the alert settings.</translation>
        </message>
        <message numerus="yes">
            <source>%n binding(s) expire within %1 minutes</source>
            <translation>
                <numerusform>%n binding(s) expire within %1 minutes</numerusform>
                <numerusform>%n binding(s) expire within %1 minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pn::AuditModel</name>
        <message>
            <source>Bind</source>
            <translation>Bind</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Cancel transfer</source>
            <translation>Cancel transfer</translation>
        </message>
        <message>
            <source>Reveal numbers</source>
            <translation>Reveal numbers</translation>
        </message>
        <message>
            <source>Reveal numbers (session)</source>
            <translation>Reveal numbers (session)</translation>
        </message>
        <message>
            <source>Export with real numbers</source>
            <translation>Export with real numbers</translation>
        </message>
        <message>
            <source>Retention run</source>
            <translation>Retention run</translation>
        </message>
        <message>
            <source>Retention policy</source>
            <translation>Retention policy</translation>
        </message>
        <message>
            <source>Retention export</source>
            <translation>Retention export</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>Add profile</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>Edit profile</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Remove profile</translation>
        </message>
        <message>
            <source>Import profiles</source>
            <translation>Import profiles</translation>
        </message>
        <message>
            <source>Bulk job started</source>
            <translation>Bulk job started</translation>
        </message>
        <message>
            <source>Bulk job ended</source>
            <translation>Bulk job ended</translation>
        </message>
        <message>
            <source>Ledger migrated</source>
            <translation>Ledger migrated</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>Copy as curl</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Action code</source>
            <translation>Action code</translation>
        </message>
        <message>
            <source>Written before desks were recorded (schema 9).</source>
            <translation>Written before desks were recorded (schema 9).</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Recordings deleted (retention)</source>
            <translation>Recordings deleted (retention)</translation>
        </message>
        <message>
            <source>Bulk job cancelled</source>
            <translation>Bulk job cancelled</translation>
        </message>
        <message>
            <source>Bulk job paused</source>
            <translation>Bulk job paused</translation>
        </message>
        <message>
            <source>Bulk job resumed</source>
            <translation>Bulk job resumed</translation>
        </message>
        <message>
            <source>Bulk job interrupted (its program stopped)</source>
            <translation>Bulk job interrupted (its program stopped)</translation>
        </message>
        <message>
            <source>job %1 bind %2: %3 rows, %4 to send (resumed)</source>
            <translation>job %1 bind %2: %3 rows, %4 to send (resumed)</translation>
        </message>
        <message>
            <source>job %1 bind %2: %3 rows, %4 to send</source>
            <translation>job %1 bind %2: %3 rows, %4 to send</translation>
        </message>
        <message>
            <source>job %1 release %2: %3 rows, %4 to send (resumed)</source>
            <translation>job %1 release %2: %3 rows, %4 to send (resumed)</translation>
        </message>
        <message>
            <source>job %1 release %2: %3 rows, %4 to send</source>
            <translation>job %1 release %2: %3 rows, %4 to send</translation>
        </message>
        <message>
            <source>job %1 bind %2: %3 done, %4 refused, %5 invalid, %6 left</source>
            <translation>job %1 bind %2: %3 done, %4 refused, %5 invalid, %6 left</translation>
        </message>
        <message>
            <source>job %1 release %2: %3 done, %4 refused, %5 invalid, %6 left</source>
            <translation>job %1 release %2: %3 done, %4 refused, %5 invalid, %6 left</translation>
        </message>
        <message>
            <source>schema %1 → %2</source>
            <translation>schema %1 → %2</translation>
        </message>
        <message>
            <source>schema %1, nothing to do</source>
            <translation>schema %1, nothing to do</translation>
        </message>
        <message>
            <source>schema unknown → %1</source>
            <translation>schema unknown → %1</translation>
        </message>
        <message>
            <source>%1 bindings, %2 calls, %3 request-log lines erased</source>
            <translation>%1 bindings, %2 calls, %3 request-log lines erased</translation>
        </message>
        <message>
            <source>%1 recording files of erased calls deleted</source>
            <translation>%1 recording files of erased calls deleted</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 days</translation>
        </message>
        <message>
            <source>forever</source>
            <translation>forever</translation>
        </message>
        <message>
            <source>%1 bindings and %2 call records due for retention exported (%3 call starts, %4 request-log lines) with real numbers</source>
            <translation>%1 bindings and %2 call records due for retention exported (%3 call starts, %4 request-log lines) with real numbers</translation>
        </message>
        <message>
            <source>%1 bindings and %2 call records due for retention exported (%3 call starts, %4 request-log lines)</source>
            <translation>%1 bindings and %2 call records due for retention exported (%3 call starts, %4 request-log lines)</translation>
        </message>
        <message>
            <source>profile %1, new key</source>
            <translation>profile %1, new key</translation>
        </message>
        <message>
            <source>profile %1 (forced)</source>
            <translation>profile %1 (forced)</translation>
        </message>
        <message>
            <source>profile %1</source>
            <translation>profile %1</translation>
        </message>
        <message>
            <source>%1 profile(s)</source>
            <translation>%1 profile(s)</translation>
        </message>
        <message>
            <source>binding %1 (subid %2)</source>
            <translation>binding %1 (subid %2)</translation>
        </message>
        <message>
            <source>every real number shown for this session</source>
            <translation>every real number shown for this session</translation>
        </message>
        <message>
            <source>release of subid %1</source>
            <translation>release of subid %1</translation>
        </message>
        <message>
            <source>%1 of %2 rows of %3 unmasked to %4</source>
            <translation>%1 of %2 rows of %3 unmasked to %4</translation>
        </message>
        <message>
            <source>%1 rows of %2 unmasked to %3</source>
            <translation>%1 rows of %2 unmasked to %3</translation>
        </message>
        <message>
            <source>pnctl calls --reveal: %1 call record(s), subid %2</source>
            <translation>pnctl calls --reveal: %1 call record(s), subid %2</translation>
        </message>
        <message>
            <source>pnctl calls --reveal: %1 call record(s)</source>
            <translation>pnctl calls --reveal: %1 call record(s)</translation>
        </message>
        <message>
            <source>subid=%1 (already gone)</source>
            <translation>subid=%1 (already gone)</translation>
        </message>
        <message>
            <source>subid=%1</source>
            <translation>subid=%1</translation>
        </message>
        <message>
            <source>id=%1 (already gone)</source>
            <translation>id=%1 (already gone)</translation>
        </message>
        <message>
            <source>id=%1</source>
            <translation>id=%1</translation>
        </message>
        <message>
            <source>x=%1 (already gone)</source>
            <translation>x=%1 (already gone)</translation>
        </message>
        <message>
            <source>x=%1</source>
            <translation>x=%1</translation>
        </message>
    </context>
    <context>
        <name>pn::AuditTab</name>
        <message>
            <source>Time:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Only what was done in this period (local days).</source>
            <translation>Only what was done in this period (local days).</translation>
        </message>
        <message>
            <source>No audit row matches the filters.</source>
            <translation>No audit row matches the filters.</translation>
        </message>
        <message>
            <source>Nothing recorded yet: bindings, releases, transfers, revealed numbers, exports, profile changes and bulk jobs are listed here with the desk that did them.</source>
            <translation>Nothing recorded yet: bindings, releases, transfers, revealed numbers, exports, profile changes and bulk jobs are listed here with the desk that did them.</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Any desk</source>
            <translation>Any desk</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Any action</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rows (scroll for more)</source>
            <translation>%1 of %2 rows (scroll for more)</translation>
        </message>
        <message numerus="yes">
            <source>%n audit row(s) exported to %1 (numbers masked).</source>
            <translation>
                <numerusform>%n audit row exported to %1 (numbers masked).</numerusform>
                <numerusform>%n audit rows exported to %1 (numbers masked).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit log to CSV</source>
            <translation>Export the audit log to CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Desk:</source>
            <translation>Desk:</translation>
        </message>
        <message>
            <source>Only what this desk (OS user @ computer, or $PN_DESK) did</source>
            <translation>Only what this desk (OS user @ computer, or $PN_DESK) did</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Write every row that matches the filters to a CSV file (UTF-8 with BOM); numbers stay masked</source>
            <translation>Write every row that matches the filters to a CSV file (UTF-8 with BOM); numbers stay masked</translation>
        </message>
        <message>
            <source>Any profile</source>
            <translation>Any profile</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <source>Only what was done on this profile (its name at the time, also for a profile removed since)</source>
            <translation>Only what was done on this profile (its name at the time, also for a profile removed since)</translation>
        </message>
        <message>
            <source>%1 at any computer</source>
            <translation>%1 at any computer</translation>
        </message>
        <message>
            <source>What the user %1 did, on whichever computer</source>
            <translation>What the user %1 did, on whichever computer</translation>
        </message>
    </context>
    <context>
        <name>pn::BindingDialog</name>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 minutes</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutes</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hour</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Custom…</translation>
        </message>
        <message>
            <source>the privacy number X</source>
            <translation>the privacy number X</translation>
        </message>
        <message>
            <source>A's real number</source>
            <translation>A's real number</translation>
        </message>
        <message>
            <source>B's real number</source>
            <translation>B's real number</translation>
        </message>
        <message>
            <source>%1 already has an active binding on %2 in the ledger: the platform would answer 1302 (resource configuration conflict). Release that binding first or pick another privacy number.</source>
            <translation>%1 already has an active binding on %2 in the ledger: the platform would answer 1302 (resource configuration conflict). Release that binding first or pick another privacy number.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> and </translation>
        </message>
        <message>
            <source>Sent as: %1</source>
            <translation>Sent as: %1</translation>
        </message>
        <message>
            <source>No answer from the platform: %1</source>
            <translation>No answer from the platform: %1</translation>
        </message>
        <message>
            <source>The request ID identifies this request: a retry sends the same ID, so the platform never creates a second binding.</source>
            <translation>The request ID identifies this request: a retry sends the same ID, so the platform never creates a second binding.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>What you typed is kept: Create works again when the team ledger is back.</source>
            <translation>What you typed is kept: Create works again when the team ledger is back.</translation>
        </message>
    </context>
    <context>
        <name>pn::BindingService</name>
        <message>
            <source>%1 The outcome is not known yet; the request will be sent again with the same reqid to learn it.</source>
            <translation>%1 The outcome is not known yet; the request will be sent again with the same reqid to learn it.</translation>
        </message>
        <message>
            <source>There is no binding %1 in the ledger.</source>
            <translation>There is no binding %1 in the ledger.</translation>
        </message>
        <message>
            <source>The binding %1 is %2 and cannot be released.</source>
            <translation>The binding %1 is %2 and cannot be released.</translation>
        </message>
        <message>
            <source>The binding %1 was already gone on the platform (expired or released before).</source>
            <translation>The binding %1 was already gone on the platform (expired or released before).</translation>
        </message>
        <message>
            <source>There is no transfer %1 in the ledger.</source>
            <translation>There is no transfer %1 in the ledger.</translation>
        </message>
        <message>
            <source>The transfer on %1 is %2 and cannot be released.</source>
            <translation>The transfer on %1 is %2 and cannot be released.</translation>
        </message>
        <message>
            <source>The transfer on %1 was already gone on the platform.</source>
            <translation>The transfer on %1 was already gone on the platform.</translation>
        </message>
        <message>
            <source>The reqid %1 was already used with other parameters.</source>
            <translation>The reqid %1 was already used with other parameters.</translation>
        </message>
        <message>
            <source>The reqid %1 was already used; that binding is %2.</source>
            <translation>The reqid %1 was already used; that binding is %2.</translation>
        </message>
        <message>
            <source>%1 The platform said "not now": the request stays pending with its reqid, and a later run or the console finishes it.</source>
            <translation>%1 The platform said "not now": the request stays pending with its reqid, and a later run or the console finishes it.</translation>
        </message>
        <message>
            <source>Another program is sending the request %1 right now; its outcome will be in the ledger.</source>
            <translation>Another program is sending the request %1 right now; its outcome will be in the ledger.</translation>
        </message>
        <message>
            <source>Binding %1 released by %2.</source>
            <translation>Binding %1 released by %2.</translation>
        </message>
        <message>
            <source>Binding %1 was released by another program.</source>
            <translation>Binding %1 was released by another program.</translation>
        </message>
        <message>
            <source>Binding %1 is being released by another program; its outcome will be in the ledger.</source>
            <translation>Binding %1 is being released by another program; its outcome will be in the ledger.</translation>
        </message>
        <message>
            <source>The transfer on %1 was released by another program.</source>
            <translation>The transfer on %1 was released by another program.</translation>
        </message>
        <message>
            <source>Transfer on %1 released by %2.</source>
            <translation>Transfer on %1 released by %2.</translation>
        </message>
        <message>
            <source>The transfer on %1 is being released by another program; its outcome will be in the ledger.</source>
            <translation>The transfer on %1 is being released by another program; its outcome will be in the ledger.</translation>
        </message>
        <message>
            <source>Cannot write the binding intent to the ledger: %1</source>
            <translation>Cannot write the binding intent to the ledger: %1</translation>
        </message>
    </context>
    <context>
        <name>pn::BindingsActions</name>
        <message>
            <source>Release cancelled: %1 of %2 released, %3 failed.</source>
            <translation>Release cancelled: %1 of %2 released, %3 failed.</translation>
        </message>
        <message>
            <source>%1 released, %2 failed: see the request log.</source>
            <translation>%1 released, %2 failed: see the request log.</translation>
        </message>
        <message numerus="yes">
            <source>%n binding(s) released.</source>
            <translation>
                <numerusform>%n binding released.</numerusform>
                <numerusform>%n bindings released.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2 on %3 (subid %4)</source>
            <translation>%1 and %2 on %3 (subid %4)</translation>
        </message>
        <message>
            <source>Nothing to release: select active bindings.</source>
            <translation>Nothing to release: select active bindings.</translation>
        </message>
        <message>
            <source>Release the binding of %1? Calls to its privacy number will no longer reach the other party.</source>
            <translation>Release the binding of %1? Calls to its privacy number will no longer reach the other party.</translation>
        </message>
        <message numerus="yes">
            <source>Release %n bindings? Calls to their privacy numbers will no longer reach the other party.</source>
            <translation>
                <numerusform>Release %n binding? Calls to its privacy number will no longer reach the other party.</numerusform>
                <numerusform>Release %n bindings? Calls to their privacy numbers will no longer reach the other party.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Release bindings</source>
            <translation>Release bindings</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Nothing to release: select an active transfer.</source>
            <translation>Nothing to release: select an active transfer.</translation>
        </message>
        <message>
            <source>Release transfer</source>
            <translation>Release transfer</translation>
        </message>
        <message>
            <source>Stop forwarding calls to %1 from the privacy number %2?</source>
            <translation>Stop forwarding calls to %1 from the privacy number %2?</translation>
        </message>
        <message>
            <source>Transfer released.</source>
            <translation>Transfer released.</translation>
        </message>
        <message>
            <source>Create binding</source>
            <translation>Create binding</translation>
        </message>
        <message>
            <source>Send the request anyway?</source>
            <translation>Send the request anyway?</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>Send anyway</translation>
        </message>
        <message>
            <source>Binding created: subid %1.</source>
            <translation>Binding created: subid %1.</translation>
        </message>
        <message>
            <source>Transfer created.</source>
            <translation>Transfer created.</translation>
        </message>
        <message>
            <source>Released by another program.</source>
            <translation>Released by another program.</translation>
        </message>
        <message>
            <source>Released by %1.</source>
            <translation>Released by %1.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>another program</translation>
        </message>
        <message numerus="yes">
            <source>%n of them released by %1.</source>
            <translation>
                <numerusform>%n of them released by %1.</numerusform>
                <numerusform>%n of them released by %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pn::BindingsModel</name>
        <message>
            <source>%1 d %2:%3:%4</source>
            <translation>%1 d %2:%3:%4</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X number</translation>
        </message>
        <message>
            <source>Number A</source>
            <translation>Number A</translation>
        </message>
        <message>
            <source>Number B</source>
            <translation>Number B</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>Subid</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Recording</translation>
        </message>
        <message>
            <source>Caller display</source>
            <translation>Caller display</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>User data</translation>
        </message>
        <message>
            <source>X both ways</source>
            <translation>X both ways</translation>
        </message>
        <message>
            <source>%1 (not a display value the console knows)</source>
            <translation>%1 (not a display value the console knows)</translation>
        </message>
        <message>
            <source>real numbers both ways</source>
            <translation>real numbers both ways</translation>
        </message>
        <message>
            <source>B sees A's number, A sees X</source>
            <translation>B sees A's number, A sees X</translation>
        </message>
        <message>
            <source>A sees B's number, B sees X</source>
            <translation>A sees B's number, B sees X</translation>
        </message>
        <message>
            <source>Approximate: the subid was learnt from a later send than the first, so the platform's expiry lies between %1 and %2. The console counts down to the earlier time, so it never shows a binding as active after the platform expired it.</source>
            <translation>Approximate: the subid was learnt from a later send than the first, so the platform's expiry lies between %1 and %2. The console counts down to the earlier time, so it never shows a binding as active after the platform expired it.</translation>
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
            <translation> min</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Released</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>All privacy numbers</source>
            <translation>All privacy numbers</translation>
        </message>
        <message numerus="yes">
            <source>%n binding(s) shown</source>
            <translation>
                <numerusform>%n binding shown</numerusform>
                <numerusform>%n bindings shown</numerusform>
            </translation>
        </message>
        <message>
            <source>No binding matches the search and filters.</source>
            <translation>No binding matches the search and filters.</translation>
        </message>
        <message>
            <source>No bindings yet — Ctrl+N creates one.</source>
            <translation>No bindings yet — Ctrl+N creates one.</translation>
        </message>
        <message>
            <source>Searches every binding of the profile, history included: older rows are read from the ledger's index.</source>
            <translation>Searches every binding of the profile, history included: older rows are read from the ledger's index.</translation>
        </message>
        <message>
            <source>Released, Expired and Failed also show older history, read from the ledger page by page as you scroll.</source>
            <translation>Released, Expired and Failed also show older history, read from the ledger page by page as you scroll.</translation>
        </message>
    </context>
    <context>
        <name>pn::BodyLimitTcpServer</name>
        <message>
            <source>Not an HTTP/1.x request line.</source>
            <translation>Not an HTTP/1.x request line.</translation>
        </message>
        <message>
            <source>A malformed header line.</source>
            <translation>A malformed header line.</translation>
        </message>
        <message>
            <source>Chunked or encoded bodies are not accepted; send Content-Length.</source>
            <translation>Chunked or encoded bodies are not accepted; send Content-Length.</translation>
        </message>
        <message>
            <source>A missing, malformed or repeated Content-Length.</source>
            <translation>A missing, malformed or repeated Content-Length.</translation>
        </message>
        <message>
            <source>The body announces %1 bytes; the limit is %2.</source>
            <translation>The body announces %1 bytes; the limit is %2.</translation>
        </message>
        <message>
            <source>closed the longest-idle connection at the cap of %1 connections</source>
            <translation>closed the longest-idle connection at the cap of %1 connections</translation>
        </message>
        <message>
            <source>refused a connection: all %1 connections have a request in work</source>
            <translation>refused a connection: all %1 connections have a request in work</translation>
        </message>
        <message>
            <source>More than %1 bytes arrived before the earlier requests were answered.</source>
            <translation>More than %1 bytes arrived before the earlier requests were answered.</translation>
        </message>
        <message>
            <source>The request header passed %1 bytes.</source>
            <translation>The request header passed %1 bytes.</translation>
        </message>
        <message>
            <source>The request header did not arrive within %1 s.</source>
            <translation>The request header did not arrive within %1 s.</translation>
        </message>
        <message>
            <source>The request body did not arrive within %1 s.</source>
            <translation>The request body did not arrive within %1 s.</translation>
        </message>
        <message>
            <source>closed a connection idle for %1 s</source>
            <translation>closed a connection idle for %1 s</translation>
        </message>
    </context>
    <context>
        <name>pn::BulkDialog</name>
        <message>
            <source>Bulk create from CSV</source>
            <translation>Bulk create from CSV</translation>
        </message>
        <message>
            <source>Bulk release from CSV</source>
            <translation>Bulk release from CSV</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>CSV file:</source>
            <translation>CSV file:</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Detect</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <source>Result file:</source>
            <translation>Result file:</translation>
        </message>
        <message>
            <source>Check all rows</source>
            <translation>Check all rows</translation>
        </message>
        <message>
            <source>Create bindings</source>
            <translation>Create bindings</translation>
        </message>
        <message>
            <source>Release bindings</source>
            <translation>Release bindings</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Stop sending</source>
            <translation>Stop sending</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choose a CSV file</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Detected: %1</source>
            <translation>Detected: %1</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message numerus="yes">
            <source>First %n row(s) shown; check all rows before sending.</source>
            <translation>
                <numerusform>First %n row(s) shown; check all rows before sending.</numerusform>
                <numerusform>First %n row(s) shown; check all rows before sending.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a profile whose key is available first.</source>
            <translation>Choose a profile whose key is available first.</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>row %1: %2</translation>
        </message>
        <message>
            <source>%1 valid, %2 invalid, %3 conflicts (would be 1302).</source>
            <translation>%1 valid, %2 invalid, %3 conflicts (would be 1302).</translation>
        </message>
        <message>
            <source>Resuming job %1: %2 of %3 rows done.</source>
            <translation>Resuming job %1: %2 of %3 rows done.</translation>
        </message>
        <message>
            <source>Job %1: %2 rows, %3 valid.</source>
            <translation>Job %1: %2 rows, %3 valid.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 done, %2 refused, %3 invalid, %4 to go · %5 rows/s · ETA %6 · %7 in flight</source>
            <translation>%1 done, %2 refused, %3 invalid, %4 to go · %5 rows/s · ETA %6 · %7 in flight</translation>
        </message>
        <message>
            <source>Finished: %1 done, %2 refused, %3 invalid, %4 not sent or without an answer.</source>
            <translation>Finished: %1 done, %2 refused, %3 invalid, %4 not sent or without an answer.</translation>
        </message>
        <message>
            <source>Result file: %1</source>
            <translation>Result file: %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Waiting for the team ledger: nothing is sent until it is back, then the job goes on by itself.</source>
            <translation>Waiting for the team ledger: nothing is sent until it is back, then the job goes on by itself.</translation>
        </message>
    </context>
    <context>
        <name>pn::BulkRunner</name>
        <message>
            <source>The ledger's job %1 has %2 rows but the file has %3.</source>
            <translation>The ledger's job %1 has %2 rows but the file has %3.</translation>
        </message>
        <message>
            <source>The reqid %1 is already in another row.</source>
            <translation>The reqid %1 is already in another row.</translation>
        </message>
        <message>
            <source>There is no binding with the subid %1 in the ledger of this profile.</source>
            <translation>There is no binding with the subid %1 in the ledger of this profile.</translation>
        </message>
        <message>
            <source>The binding %1 belongs to another profile.</source>
            <translation>The binding %1 belongs to another profile.</translation>
        </message>
        <message>
            <source>Bulk job %1 is being run by %2 right now: wait until that run ends, or pause or cancel it there. (A run whose program was stopped on another computer frees the job within %3 seconds.)</source>
            <translation>Bulk job %1 is being run by %2 right now: wait until that run ends, or pause or cancel it there. (A run whose program was stopped on another computer frees the job within %3 seconds.)</translation>
        </message>
        <message>
            <source>Bulk job %1 could not be claimed for this run.</source>
            <translation>Bulk job %1 could not be claimed for this run.</translation>
        </message>
    </context>
    <context>
        <name>pn::CallChartsWidget</name>
        <message>
            <source>Last 24 hours</source>
            <translation>Last 24 hours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>All time</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>No calls in this period.</source>
            <translation>No calls in this period.</translation>
        </message>
        <message>
            <source>%1 calls, %2 answered (%3%)</source>
            <translation>%1 calls, %2 answered (%3%)</translation>
        </message>
        <message>
            <source>Outcomes by class</source>
            <translation>Outcomes by class</translation>
        </message>
        <message>
            <source>Calls per hour</source>
            <translation>Calls per hour</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Answer rate per X number</source>
            <translation>Answer rate per X number</translation>
        </message>
        <message>
            <source>Answered %</source>
            <translation>Answered %</translation>
        </message>
        <message>
            <source>Draw the charts again from the ledger's call records</source>
            <translation>Draw the charts again from the ledger's call records</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>Last 365 days</translation>
        </message>
        <message>
            <source>Calls by hour of day</source>
            <translation>Calls by hour of day</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 of %n call(s) answered</source>
            <translation>
                <numerusform>%1: %2 of %n call(s) answered</numerusform>
                <numerusform>%1: %2 of %n call(s) answered</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pn::CallTimelineModel</name>
        <message>
            <source>%1 → %2 via %3</source>
            <translation>%1 → %2 via %3</translation>
        </message>
        <message>
            <source>, talked %1</source>
            <translation>, talked %1</translation>
        </message>
        <message>
            <source>SMS: %1</source>
            <translation>SMS: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>Task ID</translation>
        </message>
    </context>
    <context>
        <name>pn::CallTimelineWidget</name>
        <message>
            <source>Select a binding to see its calls.</source>
            <translation>Select a binding to see its calls.</translation>
        </message>
        <message>
            <source>No calls on binding %1 yet.</source>
            <translation>No calls on binding %1 yet.</translation>
        </message>
        <message>
            <source>Calls on binding %1: call start, then CDR, per call.</source>
            <translation>Calls on binding %1: call start, then CDR, per call.</translation>
        </message>
    </context>
    <context>
        <name>pn::CallbackDispatcher</name>
        <message>
            <source>No callback URL is configured.</source>
            <translation>No callback URL is configured.</translation>
        </message>
        <message>
            <source>The receiver answered HTTP %1.</source>
            <translation>The receiver answered HTTP %1.</translation>
        </message>
    </context>
    <context>
        <name>pn::CallbackReceiver</name>
        <message>
            <source>Use POST.</source>
            <translation>Use POST.</translation>
        </message>
        <message>
            <source>Not found; callbacks go to /cdr, /callstart or /callback.</source>
            <translation>Not found; callbacks go to /cdr, /callstart or /callback.</translation>
        </message>
        <message>
            <source>Cannot listen on %1 port %2.</source>
            <translation>Cannot listen on %1 port %2.</translation>
        </message>
        <message>
            <source>Not an address or subnet: %1</source>
            <translation>Not an address or subnet: %1</translation>
        </message>
        <message>
            <source>The sender %1 is not on the allow-list.</source>
            <translation>The sender %1 is not on the allow-list.</translation>
        </message>
        <message>
            <source>Missing or wrong callback token.</source>
            <translation>Missing or wrong callback token.</translation>
        </message>
        <message>
            <source>The body has %1 bytes; the limit is %2.</source>
            <translation>The body has %1 bytes; the limit is %2.</translation>
        </message>
        <message>
            <source>The ledger could not store the callback; deliver it again.</source>
            <translation>The ledger could not store the callback; deliver it again.</translation>
        </message>
        <message>
            <source>Ledger error: %1</source>
            <translation>Ledger error: %1</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsArchiveAgent</name>
        <message>
            <source>The recording of call %1 could not be archived: %2</source>
            <translation>The recording of call %1 could not be archived: %2</translation>
        </message>
        <message>
            <source>The recording of call %1 failed to download (%2); it is retried later.</source>
            <translation>The recording of call %1 failed to download (%2); it is retried later.</translation>
        </message>
        <message>
            <source>Recording %1%2</source>
            <translation>Recording %1%2</translation>
        </message>
        <message>
            <source>Recordings archive</source>
            <translation>Recordings archive</translation>
        </message>
        <message>
            <source>Choose a profile first.</source>
            <translation>Choose a profile first.</translation>
        </message>
        <message>
            <source>Recordings &amp;archive…</source>
            <translation>Recordings &amp;archive…</translation>
        </message>
        <message>
            <source>Recordings: %1 under way, %2 waiting; %3%4</source>
            <translation>Recordings: %1 under way, %2 waiting; %3%4</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsArchiveTab</name>
        <message>
            <source>Last 24 hours</source>
            <translation>Last 24 hours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>Last 365 days</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>All time</translation>
        </message>
        <message>
            <source>per hour</source>
            <translation>per hour</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>per day</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>per week</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Group:</translation>
        </message>
        <message>
            <source>Price per minute:</source>
            <translation>Price per minute:</translation>
        </message>
        <message>
            <source> yuan</source>
            <translation> yuan</translation>
        </message>
        <message>
            <source>What the platform charges per started talk minute, for the estimated cost (kept per profile on this computer).</source>
            <translation>What the platform charges per started talk minute, for the estimated cost (kept per profile on this computer).</translation>
        </message>
        <message>
            <source>Unused for at least:</source>
            <translation>Unused for at least:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <source>Save the page shown as a picture.</source>
            <translation>Save the page shown as a picture.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save the figures of every period bucket as a CSV file.</source>
            <translation>Save the figures of every period bucket as a CSV file.</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Calls and talk time</source>
            <translation>Calls and talk time</translation>
        </message>
        <message>
            <source>Bindings</source>
            <translation>Bindings</translation>
        </message>
        <message>
            <source>Number pool</source>
            <translation>Number pool</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X number</translation>
        </message>
        <message>
            <source>Active bindings</source>
            <translation>Active bindings</translation>
        </message>
        <message>
            <source>Calls in period</source>
            <translation>Calls in period</translation>
        </message>
        <message>
            <source>Last call</source>
            <translation>Last call</translation>
        </message>
        <message>
            <source>Cannot read the statistics: %1</source>
            <translation>Cannot read the statistics: %1</translation>
        </message>
        <message>
            <source>No calls in this period.</source>
            <translation>No calls in this period.</translation>
        </message>
        <message>
            <source>Calls and talk minutes per hour</source>
            <translation>Calls and talk minutes per hour</translation>
        </message>
        <message>
            <source>Calls and talk minutes per day</source>
            <translation>Calls and talk minutes per day</translation>
        </message>
        <message>
            <source>Calls and talk minutes per week</source>
            <translation>Calls and talk minutes per week</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Talk minutes</source>
            <translation>Talk minutes</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Bindings created, released and expired</source>
            <translation>Bindings created, released and expired</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Released</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message numerus="yes">
            <source>%n active binding(s) on %1 X number(s).</source>
            <translation>
                <numerusform>%n active binding(s) on %1 X number(s).</numerusform>
                <numerusform>%n active binding(s) on %1 X number(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Busiest: %1 (%2 active).</source>
            <translation>Busiest: %1 (%2 active).</translation>
        </message>
        <message numerus="yes">
            <source>Every X number had a call or a binding in the last %n day(s).</source>
            <translation>
                <numerusform>Every X number had a call or a binding in the last %n day(s).</numerusform>
                <numerusform>Every X number had a call or a binding in the last %n day(s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without a call or binding for %n day(s): %1.</source>
            <translation>
                <numerusform>Without a call or binding for %n day(s): %1.</numerusform>
                <numerusform>Without a call or binding for %n day(s): %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Export statistics</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG pictures (*.png)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s), %1 answered (%2%), %3 talk minutes (%4 billed), estimated cost %5 yuan</source>
            <translation>
                <numerusform>%n call(s), %1 answered (%2%), %3 talk minutes (%4 billed), estimated cost %5 yuan</numerusform>
                <numerusform>%n call(s), %1 answered (%2%), %3 talk minutes (%4 billed), estimated cost %5 yuan</numerusform>
            </translation>
        </message>
        <message>
            <source>App ID:</source>
            <translation>App ID:</translation>
        </message>
        <message>
            <source>Figures of one appid only, or of every appid of the profile.</source>
            <translation>Figures of one appid only, or of every appid of the profile.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>The team ledger is not reachable: these figures are from before it went away.</source>
            <translation>The team ledger is not reachable: these figures are from before it went away.</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation>Received %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X number</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>Callee</source>
            <translation>Callee</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Ringing</source>
            <translation>Ringing</translation>
        </message>
        <message>
            <source>Talk time</source>
            <translation>Talk time</translation>
        </message>
        <message>
            <source>Hung up</source>
            <translation>Hung up</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Recording</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>User data</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>Subid</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>Task ID</translation>
        </message>
    </context>
    <context>
        <name>pn::CallsPanel</name>
        <message>
            <source>All outcomes</source>
            <translation>All outcomes</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) shown</source>
            <translation>
                <numerusform>%n call(s) shown</numerusform>
                <numerusform>%n call(s) shown</numerusform>
            </translation>
        </message>
        <message>
            <source> (of %1 loaded)</source>
            <translation> (of %1 loaded)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Began</source>
            <translation>Began</translation>
        </message>
        <message>
            <source>Ringing from</source>
            <translation>Ringing from</translation>
        </message>
        <message>
            <source>Answered at</source>
            <translation>Answered at</translation>
        </message>
        <message>
            <source>Released at</source>
            <translation>Released at</translation>
        </message>
        <message>
            <source>Talk time</source>
            <translation>Talk time</translation>
        </message>
        <message>
            <source>Hung up</source>
            <translation>Hung up</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>Callee</source>
            <translation>Callee</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X number</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>Subid</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>Task ID</translation>
        </message>
        <message>
            <source>Developer ID / App ID</source>
            <translation>Developer ID / App ID</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Recording</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>User data</translation>
        </message>
        <message>
            <source>%1 (base64: %2)</source>
            <translation>%1 (base64: %2)</translation>
        </message>
        <message>
            <source>Other fields sent by the platform</source>
            <translation>Other fields sent by the platform</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation>Received %1</translation>
        </message>
        <message>
            <source>Select a call to see its details.</source>
            <translation>Select a call to see its details.</translation>
        </message>
        <message>
            <source>No call records yet: they arrive here when the platform reports a call on one of this profile's numbers.</source>
            <translation>No call records yet: they arrive here when the platform reports a call on one of this profile's numbers.</translation>
        </message>
    </context>
    <context>
        <name>pn::Console</name>
        <message>
            <source>The profile's auth key is not available.</source>
            <translation>The profile's auth key is not available.</translation>
        </message>
        <message>
            <source>Calls can be simulated only on the sandbox profile.</source>
            <translation>Calls can be simulated only on the sandbox profile.</translation>
        </message>
        <message>
            <source>not opened yet</source>
            <translation>not opened yet</translation>
        </message>
        <message>
            <source>The keys of this data folder are not kept in a vault.</source>
            <translation>The keys of this data folder are not kept in a vault.</translation>
        </message>
        <message>
            <source>The key vault is locked.</source>
            <translation>The key vault is locked.</translation>
        </message>
        <message>
            <source>The new master password must not be empty.</source>
            <translation>The new master password must not be empty.</translation>
        </message>
        <message>
            <source>The built-in Sandbox profile cannot be removed.</source>
            <translation>The built-in Sandbox profile cannot be removed.</translation>
        </message>
        <message>
            <source>The team ledger at %1 did not answer when the console started: nothing is shown and nothing can be changed until it answers (it is tried every second), then the console opens it. File → Open ledger… chooses another.</source>
            <translation>The team ledger at %1 did not answer when the console started: nothing is shown and nothing can be changed until it answers (it is tried every second), then the console opens it. File → Open ledger… chooses another.</translation>
        </message>
    </context>
    <context>
        <name>pn::ConsoleWindow</name>
        <message>
            <source>Releasing…</source>
            <translation>Releasing…</translation>
        </message>
        <message>
            <source>Release transfer</source>
            <translation>Release transfer</translation>
        </message>
        <message numerus="yes">
            <source>Release %n bindings…</source>
            <translation>
                <numerusform>Release %n binding…</numerusform>
                <numerusform>Release %n bindings…</numerusform>
            </translation>
        </message>
        <message>
            <source>Release…</source>
            <translation>Release…</translation>
        </message>
        <message>
            <source>Copy subid</source>
            <translation>Copy subid</translation>
        </message>
        <message>
            <source>Reveal the real numbers of this row</source>
            <translation>Reveal the real numbers of this row</translation>
        </message>
        <message>
            <source>Show calls</source>
            <translation>Show calls</translation>
        </message>
        <message>
            <source>Copy release as curl</source>
            <translation>Copy release as curl</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n subid(s).</source>
            <translation>
                <numerusform>Copied %n subid.</numerusform>
                <numerusform>Copied %n subids.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied a curl command; its signature is valid for 3 minutes.</source>
            <translation>Copied a curl command; its signature is valid for 3 minutes.</translation>
        </message>
        <message>
            <source>Request (attempt %1, %2 ms)</source>
            <translation>Request (attempt %1, %2 ms)</translation>
        </message>
        <message>
            <source>Response: HTTP %1</source>
            <translation>Response: HTTP %1</translation>
        </message>
        <message>
            <source>Welcome! The Sandbox profile is ready: press Ctrl+N to create a binding.</source>
            <translation>Welcome! The Sandbox profile is ready: press Ctrl+N to create a binding.</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>No profile yet.</source>
            <translation>No profile yet.</translation>
        </message>
        <message>
            <source>devid %1 · %2</source>
            <translation>devid %1 · %2</translation>
        </message>
        <message>
            <source>Choose a profile whose key is available first.</source>
            <translation>Choose a profile whose key is available first.</translation>
        </message>
        <message>
            <source>Create binding</source>
            <translation>Create binding</translation>
        </message>
        <message>
            <source>Account status</source>
            <translation>Account status</translation>
        </message>
        <message>
            <source>Create transfer</source>
            <translation>Create transfer</translation>
        </message>
        <message>
            <source>Release binding</source>
            <translation>Release binding</translation>
        </message>
        <message>
            <source>Keys: %1</source>
            <translation>Keys: %1</translation>
        </message>
        <message>
            <source>Simulate call…</source>
            <translation>Simulate call…</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
    </context>
    <context>
        <name>pn::ExpiryNotifier</name>
        <message numerus="yes">
            <source>%n binding(s) expire within %1 minutes: %2</source>
            <translation>
                <numerusform>%n binding expires within %1 minutes: %2</numerusform>
                <numerusform>%n bindings expire within %1 minutes: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Bindings about to expire</source>
            <translation>Bindings about to expire</translation>
        </message>
    </context>
    <context>
        <name>pn::HelpDialog</name>
        <message>
            <source>Written to the ledger and sent (or about to be); the platform's answer is not known yet. The console asks again with the same reqid until it knows; a pending row never becomes a duplicate.</source>
            <translation>Written to the ledger and sent (or about to be); the platform's answer is not known yet. The console asks again with the same reqid until it knows; a pending row never becomes a duplicate.</translation>
        </message>
        <message>
            <source>Created on the platform and not yet expired: calls through X work.</source>
            <translation>Created on the platform and not yet expired: calls through X work.</translation>
        </message>
        <message>
            <source>Released on request (or found already gone on the platform).</source>
            <translation>Released on request (or found already gone on the platform).</translation>
        </message>
        <message>
            <source>Its validity ended; the platform no longer connects calls.</source>
            <translation>Its validity ended; the platform no longer connects calls.</translation>
        </message>
        <message>
            <source>The platform surely did not create it (it judged the request and refused). Nothing to release.</source>
            <translation>The platform surely did not create it (it judged the request and refused). Nothing to release.</translation>
        </message>
        <message>
            <source>&lt;p&gt;The guide is missing from this build.&lt;/p&gt;</source>
            <translation>&lt;p&gt;The guide is missing from this build.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What the states mean</source>
            <translation>What the states mean</translation>
        </message>
        <message>
            <source>What the error codes mean</source>
            <translation>What the error codes mean</translation>
        </message>
        <message>
            <source>The platform answers business errors with HTTP 200 and a code; codes marked “retried” are sent again automatically with the same reqid.</source>
            <translation>The platform answers business errors with HTTP 200 and a code; codes marked “retried” are sent again automatically with the same reqid.</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>retried</translation>
        </message>
        <message>
            <source>Guide — Privacy Number Console</source>
            <translation>Guide — Privacy Number Console</translation>
        </message>
    </context>
    <context>
        <name>pn::InboxModel</name>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>rejected (%1)</source>
            <translation>rejected (%1)</translation>
        </message>
        <message>
            <source>duplicate, acknowledged</source>
            <translation>duplicate, acknowledged</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>stored</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Task ID</source>
            <translation>Task ID</translation>
        </message>
        <message>
            <source>Subid</source>
            <translation>Subid</translation>
        </message>
        <message>
            <source>Result or reason</source>
            <translation>Result or reason</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>stored, flagged</source>
            <translation>stored, flagged</translation>
        </message>
        <message>
            <source>%1 — implausible: %2</source>
            <translation>%1 — implausible: %2</translation>
        </message>
        <message>
            <source>%1 too slow</source>
            <translation>%1 too slow</translation>
        </message>
        <message>
            <source>%1 idle</source>
            <translation>%1 idle</translation>
        </message>
        <message>
            <source>%1 closed at the cap</source>
            <translation>%1 closed at the cap</translation>
        </message>
        <message>
            <source>%1 refused</source>
            <translation>%1 refused</translation>
        </message>
        <message>
            <source>%1 too large</source>
            <translation>%1 too large</translation>
        </message>
        <message>
            <source>%1 malformed</source>
            <translation>%1 malformed</translation>
        </message>
        <message>
            <source>%1 connections cut: %2</source>
            <translation>%1 connections cut: %2</translation>
        </message>
    </context>
    <context>
        <name>pn::InboxWidget</name>
        <message>
            <source>%1 of the last %2 kept</source>
            <translation>%1 of the last %2 kept</translation>
        </message>
        <message>
            <source>The callback receiver is not running.</source>
            <translation>The callback receiver is not running.</translation>
        </message>
        <message>
            <source>Listening for callbacks on %1 (also /cdr and /callstart)</source>
            <translation>Listening for callbacks on %1 (also /cdr and /callstart)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Empty this list; call records already stored in the ledger are kept</source>
            <translation>Empty this list; call records already stored in the ledger are kept</translation>
        </message>
    </context>
    <context>
        <name>pn::Ledger</name>
        <message>
            <source>Cannot open the ledger %1: %2</source>
            <translation>Cannot open the ledger %1: %2</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the ledger.</source>
            <translation>Cannot create the folder %1 for the ledger.</translation>
        </message>
        <message>
            <source>Cannot record the profile: %1</source>
            <translation>Cannot record the profile: %1</translation>
        </message>
        <message>
            <source>Cannot write the binding intent to the ledger: %1</source>
            <translation>Cannot write the binding intent to the ledger: %1</translation>
        </message>
        <message>
            <source>Cannot update the ledger: %1</source>
            <translation>Cannot update the ledger: %1</translation>
        </message>
        <message>
            <source>Cannot write the transfer intent to the ledger: %1</source>
            <translation>Cannot write the transfer intent to the ledger: %1</translation>
        </message>
        <message>
            <source>No transfer %1 in the ledger.</source>
            <translation>No transfer %1 in the ledger.</translation>
        </message>
        <message>
            <source>Cannot write the request log: %1</source>
            <translation>Cannot write the request log: %1</translation>
        </message>
        <message>
            <source>Cannot write the audit log: %1</source>
            <translation>Cannot write the audit log: %1</translation>
        </message>
        <message>
            <source>There is no binding %1 in the ledger.</source>
            <translation>There is no binding %1 in the ledger.</translation>
        </message>
        <message>
            <source>There is no transfer %1 in the ledger.</source>
            <translation>There is no transfer %1 in the ledger.</translation>
        </message>
        <message>
            <source>Cannot read the ledger: %1</source>
            <translation>Cannot read the ledger: %1</translation>
        </message>
        <message>
            <source>Cannot read the shared rate limit: %1</source>
            <translation>Cannot read the shared rate limit: %1</translation>
        </message>
        <message>
            <source>Cannot update the shared rate limit: %1</source>
            <translation>Cannot update the shared rate limit: %1</translation>
        </message>
        <message>
            <source>Cannot make the ledger %1 private to this user.</source>
            <translation>Cannot make the ledger %1 private to this user.</translation>
        </message>
        <message>
            <source>Cannot set the retention of profile %1: %2</source>
            <translation>Cannot set the retention of profile %1: %2</translation>
        </message>
        <message>
            <source>Retention needs the key of the number hashes (the secret store is locked or unavailable).</source>
            <translation>Retention needs the key of the number hashes (the secret store is locked or unavailable).</translation>
        </message>
        <message>
            <source>Retention failed: %1</source>
            <translation>Retention failed: %1</translation>
        </message>
        <message>
            <source>Cannot read the audit log: %1</source>
            <translation>Cannot read the audit log: %1</translation>
        </message>
        <message>
            <source>Connected: PostgreSQL %1.</source>
            <translation>Connected: PostgreSQL %1.</translation>
        </message>
        <message>
            <source>Connected: SQLite %1.</source>
            <translation>Connected: SQLite %1.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>Cannot connect to %1: %2</translation>
        </message>
        <message>
            <source>The team ledger at %1 is not reachable: showing what was loaded; new bindings, releases and transfers are refused until it is back.</source>
            <translation>The team ledger at %1 is not reachable: showing what was loaded; new bindings, releases and transfers are refused until it is back.</translation>
        </message>
    </context>
    <context>
        <name>pn::MainWindow</name>
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
        <message>
            <source>PRODUCTION</source>
            <translation>PRODUCTION</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>SANDBOX</translation>
        </message>
        <message>
            <source>TEST</source>
            <translation>TEST</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>No profile</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <translation>Profile: %1 (%2)</translation>
        </message>
        <message>
            <source>○ Not connected yet</source>
            <translation>○ Not connected yet</translation>
        </message>
        <message>
            <source>◌ Connecting…</source>
            <translation>◌ Connecting…</translation>
        </message>
        <message>
            <source>● Connected</source>
            <translation>● Connected</translation>
        </message>
        <message>
            <source>● Connection failed</source>
            <translation>● Connection failed</translation>
        </message>
        <message>
            <source>Clock skew: unknown</source>
            <translation>Clock skew: unknown</translation>
        </message>
        <message>
            <source>Measured from the platform's Date header after a request.</source>
            <translation>Measured from the platform's Date header after a request.</translation>
        </message>
        <message>
            <source>Clock skew: %1 s</source>
            <translation>Clock skew: %1 s</translation>
        </message>
        <message>
            <source>Platform time minus this computer's time. Signatures are valid within 3 minutes of the platform's clock; the console compensates for the skew.</source>
            <translation>Platform time minus this computer's time. Signatures are valid within 3 minutes of the platform's clock; the console compensates for the skew.</translation>
        </message>
        <message>
            <source>Privacy Number Console</source>
            <translation>Privacy Number Console</translation>
        </message>
        <message>
            <source>%1 [%2] — Privacy Number Console</source>
            <translation>%1 [%2] — Privacy Number Console</translation>
        </message>
        <message>
            <source>Bindings</source>
            <translation>Bindings</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Transfers</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Request log</translation>
        </message>
        <message>
            <source>Call records (CDR callbacks) of the current profile appear here.</source>
            <translation>Call records (CDR callbacks) of the current profile appear here.</translation>
        </message>
        <message>
            <source>Every callback received, accepted or rejected, appears here.</source>
            <translation>Every callback received, accepted or rejected, appears here.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>This PRODUCTION profile talks to the platform over plain HTTP: the signed requests and the real numbers cross the network unencrypted. Change its address to https://.</source>
            <translation>This PRODUCTION profile talks to the platform over plain HTTP: the signed requests and the real numbers cross the network unencrypted. Change its address to https://.</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>Create an AXB binding: A and B call each other through the privacy number X (Ctrl+N).</source>
            <translation>Create an AXB binding: A and B call each other through the privacy number X (Ctrl+N).</translation>
        </message>
        <message>
            <source>Create an XA transfer: every call to X is forwarded to A.</source>
            <translation>Create an XA transfer: every call to X is forwarded to A.</translation>
        </message>
        <message>
            <source>The profile (account and environment) every tab works on.</source>
            <translation>The profile (account and environment) every tab works on.</translation>
        </message>
    </context>
    <context>
        <name>pn::OpenLedgerDialog</name>
        <message>
            <source>Ledger folder</source>
            <translation>Ledger folder</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA certificate</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
        </message>
        <message>
            <source>Open ledger</source>
            <translation>Open ledger</translation>
        </message>
        <message>
            <source>Where the bindings, transfers, logs and calls are kept: a folder on this computer, or a team ledger on a PostgreSQL server shared by several desks. The console reopens on the ledger you choose.</source>
            <translation>Where the bindings, transfers, logs and calls are kept: a folder on this computer, or a team ledger on a PostgreSQL server shared by several desks. The console reopens on the ledger you choose.</translation>
        </message>
        <message>
            <source>&amp;Local folder</source>
            <translation>&amp;Local folder</translation>
        </message>
        <message>
            <source>&amp;Team server (PostgreSQL)</source>
            <translation>&amp;Team server (PostgreSQL)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>TL&amp;S:</source>
            <translation>TL&amp;S:</translation>
        </message>
        <message>
            <source>&amp;CA certificate:</source>
            <translation>&amp;CA certificate:</translation>
        </message>
        <message>
            <source>e.g. ledger.example.com</source>
            <translation>e.g. ledger.example.com</translation>
        </message>
        <message>
            <source>e.g. pnledger</source>
            <translation>e.g. pnledger</translation>
        </message>
        <message>
            <source>the desk's database role</source>
            <translation>the desk's database role</translation>
        </message>
        <message>
            <source>empty: the saved one, else PGPASSFILE</source>
            <translation>empty: the saved one, else PGPASSFILE</translation>
        </message>
        <message>
            <source>PEM file of the server's CA (verify-ca, verify-full)</source>
            <translation>PEM file of the server's CA (verify-ca, verify-full)</translation>
        </message>
        <message>
            <source>Remember the password in the secret store</source>
            <translation>Remember the password in the secret store</translation>
        </message>
        <message>
            <source>No TLS (disable)</source>
            <translation>No TLS (disable)</translation>
        </message>
        <message>
            <source>TLS if the server insists (allow)</source>
            <translation>TLS if the server insists (allow)</translation>
        </message>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>TLS if the server offers it (prefer)</translation>
        </message>
        <message>
            <source>TLS, certificate not checked (require)</source>
            <translation>TLS, certificate not checked (require)</translation>
        </message>
        <message>
            <source>TLS, certificate checked against the CA (verify-ca)</source>
            <translation>TLS, certificate checked against the CA (verify-ca)</translation>
        </message>
        <message>
            <source>TLS, certificate and host name checked (verify-full)</source>
            <translation>TLS, certificate and host name checked (verify-full)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose the folder of the ledger.</source>
            <translation>Choose the folder of the ledger.</translation>
        </message>
        <message>
            <source>Enter the server's host name.</source>
            <translation>Enter the server's host name.</translation>
        </message>
        <message>
            <source>Enter the database's name.</source>
            <translation>Enter the database's name.</translation>
        </message>
        <message>
            <source>Enter the database user of this desk.</source>
            <translation>Enter the database user of this desk.</translation>
        </message>
        <message>
            <source>Open &amp;ledger…</source>
            <translation>Open &amp;ledger…</translation>
        </message>
        <message>
            <source>Team ledger: %1</source>
            <translation>Team ledger: %1</translation>
        </message>
        <message>
            <source>Ledger: %1</source>
            <translation>Ledger: %1</translation>
        </message>
        <message>
            <source>The ledger this console works on: %1</source>
            <translation>The ledger this console works on: %1</translation>
        </message>
        <message>
            <source>The password could not be saved in the secret store (%1); it is used for this run only.</source>
            <translation>The password could not be saved in the secret store (%1); it is used for this run only.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>The ledger %1 cannot be opened: %2</source>
            <translation>The ledger %1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Retry</translation>
        </message>
        <message>
            <source>Open &amp;another ledger…</source>
            <translation>Open &amp;another ledger…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Connects once to the server with these settings (the password typed here, else the one saved for this server, else PGPASSFILE) and says whether it answers.</source>
            <translation>Connects once to the server with these settings (the password typed here, else the one saved for this server, else PGPASSFILE) and says whether it answers.</translation>
        </message>
    </context>
    <context>
        <name>pn::PeriodFilter</name>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Last 90 days</translation>
        </message>
        <message>
            <source>Last 365 days</source>
            <translation>Last 365 days</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Custom range…</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Created:</translation>
        </message>
        <message>
            <source>Only bindings created in this period. Older history is read from the ledger page by page as you scroll.</source>
            <translation>Only bindings created in this period. Older history is read from the ledger page by page as you scroll.</translation>
        </message>
        <message>
            <source>First day (included)</source>
            <translation>First day (included)</translation>
        </message>
        <message>
            <source>Last day (included)</source>
            <translation>Last day (included)</translation>
        </message>
    </context>
    <context>
        <name>pn::PlatformClient</name>
        <message>
            <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
            <translation>The CA file %1 cannot be read or holds no PEM certificate.</translation>
        </message>
        <message>
            <source>The platform address "%1" is not a valid URL.</source>
            <translation>The platform address "%1" is not a valid URL.</translation>
        </message>
        <message>
            <source>The platform address must start with https://.</source>
            <translation>The platform address must start with https://.</translation>
        </message>
        <message>
            <source>The platform address uses plain http://, which this profile does not allow. Use https://, or allow plain HTTP in the profile if the platform has allow-listed this computer's IP address.</source>
            <translation>The platform address uses plain http://, which this profile does not allow. Use https://, or allow plain HTTP in the profile if the platform has allow-listed this computer's IP address.</translation>
        </message>
        <message>
            <source>The developer ID (devid) is missing.</source>
            <translation>The developer ID (devid) is missing.</translation>
        </message>
        <message>
            <source>The auth key is missing.</source>
            <translation>The auth key is missing.</translation>
        </message>
        <message>
            <source>Plain HTTP: requests, numbers and signatures travel unencrypted. Use it only on a network you trust, for an IP address the platform has allow-listed.</source>
            <translation>Plain HTTP: requests, numbers and signatures travel unencrypted. Use it only on a network you trust, for an IP address the platform has allow-listed.</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>this computer's clock is %1 behind the platform's</source>
            <translation>this computer's clock is %1 behind the platform's</translation>
        </message>
        <message>
            <source>this computer's clock is %1 ahead of the platform's</source>
            <translation>this computer's clock is %1 ahead of the platform's</translation>
        </message>
        <message>
            <source>The clock differs from the platform's: %1. Requests are signed with the platform's time; please correct the clock.</source>
            <translation>The clock differs from the platform's: %1. Requests are signed with the platform's time; please correct the clock.</translation>
        </message>
        <message>
            <source>The clock differs from the platform's: %1. Requests will be refused until the clock is corrected.</source>
            <translation>The clock differs from the platform's: %1. Requests will be refused until the clock is corrected.</translation>
        </message>
        <message>
            <source>The secure connection to %1 was refused: %2. Check the platform address and the profile's CA file.</source>
            <translation>The secure connection to %1 was refused: %2. Check the platform address and the profile's CA file.</translation>
        </message>
        <message>
            <source>No answer from the platform within %1 s.</source>
            <translation>No answer from the platform within %1 s.</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>Network error: %1</translation>
        </message>
        <message>
            <source> The platform says: %1</source>
            <translation> The platform says: %1</translation>
        </message>
        <message>
            <source>Authentication failed (HTTP 401): %1, and the platform accepts signatures only within 3 minutes of its own time. Correct the clock or turn on clock-skew compensation.%2</source>
            <translation>Authentication failed (HTTP 401): %1, and the platform accepts signatures only within 3 minutes of its own time. Correct the clock or turn on clock-skew compensation.%2</translation>
        </message>
        <message>
            <source>Authentication failed (HTTP 401): check the developer ID and the auth key.%1</source>
            <translation>Authentication failed (HTTP 401): check the developer ID and the auth key.%1</translation>
        </message>
        <message>
            <source>The platform answered HTTP %1.</source>
            <translation>The platform answered HTTP %1.</translation>
        </message>
        <message>
            <source>The platform answered HTTP %1; check the platform address.</source>
            <translation>The platform answered HTTP %1; check the platform address.</translation>
        </message>
        <message>
            <source>The platform's answer is not the JSON it should be.</source>
            <translation>The platform's answer is not the JSON it should be.</translation>
        </message>
        <message>
            <source>The platform's answer has no subid.</source>
            <translation>The platform's answer has no subid.</translation>
        </message>
        <message>
            <source> (sent %1 times on the wire: the connection closed before an answer)</source>
            <translation> (sent %1 times on the wire: the connection closed before an answer)</translation>
        </message>
        <message>
            <source>The platform's answer is larger than %1 KiB and was cut off.</source>
            <translation>The platform's answer is larger than %1 KiB and was cut off.</translation>
        </message>
        <message>
            <source>The platform answered HTTP %1 with error 0, which is not a valid answer.</source>
            <translation>The platform answered HTTP %1 with error 0, which is not a valid answer.</translation>
        </message>
        <message>
            <source>The platform's answer has no valid subid (a text of 1 to 128 letters, digits, -, _, . or : is expected).</source>
            <translation>The platform's answer has no valid subid (a text of 1 to 128 letters, digits, -, _, . or : is expected).</translation>
        </message>
    </context>
    <context>
        <name>pn::ProfileEditor</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>File with the auth key</source>
            <translation>File with the auth key</translation>
        </message>
        <message>
            <source>File with the callback token</source>
            <translation>File with the callback token</translation>
        </message>
        <message>
            <source>CA certificates (PEM)</source>
            <translation>CA certificates (PEM)</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>Add profile</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>Edit profile</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>Callbacks</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Environment:</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>&amp;Base URL:</translation>
        </message>
        <message>
            <source>&amp;Developer ID (devid):</source>
            <translation>&amp;Developer ID (devid):</translation>
        </message>
        <message>
            <source>Auth &amp;key:</source>
            <translation>Auth &amp;key:</translation>
        </message>
        <message>
            <source>&amp;APP IDs:</source>
            <translation>&amp;APP IDs:</translation>
        </message>
        <message>
            <source>Default APP ID:</source>
            <translation>Default APP ID:</translation>
        </message>
        <message>
            <source>&amp;X numbers:</source>
            <translation>&amp;X numbers:</translation>
        </message>
        <message>
            <source>&amp;CA file:</source>
            <translation>&amp;CA file:</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Timeout:</translation>
        </message>
        <message>
            <source>&amp;Rate limit (requests/s, 0 = none):</source>
            <translation>&amp;Rate limit (requests/s, 0 = none):</translation>
        </message>
        <message>
            <source>&amp;Low-balance warning (yuan, 0 = none):</source>
            <translation>&amp;Low-balance warning (yuan, 0 = none):</translation>
        </message>
        <message>
            <source>Callback &amp;address:</source>
            <translation>Callback &amp;address:</translation>
        </message>
        <message>
            <source>Callback &amp;port (0 = any):</source>
            <translation>Callback &amp;port (0 = any):</translation>
        </message>
        <message>
            <source>Callback allow-&amp;list:</source>
            <translation>Callback allow-&amp;list:</translation>
        </message>
        <message>
            <source>Callback &amp;token:</source>
            <translation>Callback &amp;token:</translation>
        </message>
        <message>
            <source>one or more, separated by commas</source>
            <translation>one or more, separated by commas</translation>
        </message>
        <message>
            <source>One X number per line, or separated by commas.</source>
            <translation>One X number per line, or separated by commas.</translation>
        </message>
        <message>
            <source>stored; type or paste a new key to replace it</source>
            <translation>stored; type or paste a new key to replace it</translation>
        </message>
        <message>
            <source>type or paste the auth key</source>
            <translation>type or paste the auth key</translation>
        </message>
        <message>
            <source>From file…</source>
            <translation>From file…</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>optional: extra trusted CA certificates (PEM)</source>
            <translation>optional: extra trusted CA certificates (PEM)</translation>
        </message>
        <message>
            <source>stored; type or paste a new token to replace it</source>
            <translation>stored; type or paste a new token to replace it</translation>
        </message>
        <message>
            <source>optional shared secret (X-PN-Token)</source>
            <translation>optional shared secret (X-PN-Token)</translation>
        </message>
        <message>
            <source>Allow plain HTTP (http://)</source>
            <translation>Allow plain HTTP (http://)</translation>
        </message>
        <message>
            <source>Remove the stored callback token</source>
            <translation>Remove the stored callback token</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>A key is stored (%1). It is never shown; it can only be replaced.</source>
            <translation>A key is stored (%1). It is never shown; it can only be replaced.</translation>
        </message>
        <message>
            <source>A token is stored. It is never shown; it can be replaced or removed.</source>
            <translation>A token is stored. It is never shown; it can be replaced or removed.</translation>
        </message>
        <message>
            <source>The auth key is required.</source>
            <translation>The auth key is required.</translation>
        </message>
        <message>
            <source>The auth key must not contain spaces or line breaks.</source>
            <translation>The auth key must not contain spaces or line breaks.</translation>
        </message>
        <message>
            <source>Plain HTTP sends every request, the signed Authorization header and the phone numbers unencrypted: anyone on the network path can read and change them. Use it only for a test server on this computer or a trusted network.</source>
            <translation>Plain HTTP sends every request, the signed Authorization header and the phone numbers unencrypted: anyone on the network path can read and change them. Use it only for a test server on this computer or a trusted network.</translation>
        </message>
        <message>
            <source>A production profile with plain HTTP is saved only after you confirm it.</source>
            <translation>A production profile with plain HTTP is saved only after you confirm it.</translation>
        </message>
        <message>
            <source>Cannot test: %1</source>
            <translation>Cannot test: %1</translation>
        </message>
        <message>
            <source>Enter the auth key to test the connection.</source>
            <translation>Enter the auth key to test the connection.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Testing the connection to %1…</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>trial</source>
            <translation>trial</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>suspended</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Connected. Account %1, balance %2 yuan, clock skew %3.</source>
            <translation>Connected. Account %1, balance %2 yuan, clock skew %3.</translation>
        </message>
        <message>
            <source>The platform refused the signature (HTTP 401): the developer ID or the auth key is wrong, or this computer's clock differs from the platform's by more than 3 minutes (measured: %1).</source>
            <translation>The platform refused the signature (HTTP 401): the developer ID or the auth key is wrong, or this computer's clock differs from the platform's by more than 3 minutes (measured: %1).</translation>
        </message>
        <message>
            <source>Secure connection failed (TLS): %1</source>
            <translation>Secure connection failed (TLS): %1</translation>
        </message>
        <message>
            <source>The test failed: %1</source>
            <translation>The test failed: %1</translation>
        </message>
        <message>
            <source>Plain HTTP on production</source>
            <translation>Plain HTTP on production</translation>
        </message>
        <message>
            <source>The production profile "%1" would send its requests over plain HTTP, readable by anyone on the network path. Save it anyway?</source>
            <translation>The production profile "%1" would send its requests over plain HTTP, readable by anyone on the network path. Save it anyway?</translation>
        </message>
        <message>
            <source>Save with plain HTTP</source>
            <translation>Save with plain HTTP</translation>
        </message>
        <message>
            <source>Not saved: plain HTTP on production was not confirmed.</source>
            <translation>Not saved: plain HTTP on production was not confirmed.</translation>
        </message>
        <message>
            <source>Keep real &amp;numbers of ended bindings:</source>
            <translation>Keep real &amp;numbers of ended bindings:</translation>
        </message>
        <message>
            <source>forever</source>
            <translation>forever</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
    </context>
    <context>
        <name>pn::ProfileSwitcher</name>
        <message numerus="yes">
            <source>The key vault was locked after %n idle minute(s).</source>
            <translation>
                <numerusform>The key vault was locked after %n idle minute(s).</numerusform>
                <numerusform>The key vault was locked after %n idle minute(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>The vault stays locked; nothing was changed.</source>
            <translation>The vault stays locked; nothing was changed.</translation>
        </message>
        <message>
            <source>The master password of the key vault was changed.</source>
            <translation>The master password of the key vault was changed.</translation>
        </message>
        <message>
            <source>Manage profiles…</source>
            <translation>Manage profiles…</translation>
        </message>
        <message>
            <source>&amp;Profiles…</source>
            <translation>&amp;Profiles…</translation>
        </message>
        <message>
            <source>Connect your account…</source>
            <translation>Connect your account…</translation>
        </message>
        <message>
            <source>Try the sandbox</source>
            <translation>Try the sandbox</translation>
        </message>
        <message>
            <source>No account is connected yet. Connect your platform account with its developer ID and auth key, or try everything on the built-in sandbox first.</source>
            <translation>No account is connected yet. Connect your platform account with its developer ID and auth key, or try everything on the built-in sandbox first.</translation>
        </message>
        <message>
            <source>Vault: unlocked</source>
            <translation>Vault: unlocked</translation>
        </message>
        <message>
            <source>Vault: locked</source>
            <translation>Vault: locked</translation>
        </message>
        <message>
            <source>Lock the key vault now (%1)</source>
            <translation>Lock the key vault now (%1)</translation>
        </message>
        <message>
            <source>Unlock the key vault (%1)</source>
            <translation>Unlock the key vault (%1)</translation>
        </message>
        <message>
            <source>Use the %1</source>
            <translation>Use the %1</translation>
        </message>
        <message>
            <source>Try the keychain again</source>
            <translation>Try the keychain again</translation>
        </message>
        <message>
            <source>Open the profile editor for your platform account (developer ID, auth key, APP IDs, X numbers)</source>
            <translation>Open the profile editor for your platform account (developer ID, auth key, APP IDs, X numbers)</translation>
        </message>
        <message>
            <source>Keep working on the built-in sandbox, which needs no account</source>
            <translation>Keep working on the built-in sandbox, which needs no account</translation>
        </message>
        <message>
            <source>Open the secret store this data folder already uses, for this session</source>
            <translation>Open the secret store this data folder already uses, for this session</translation>
        </message>
        <message>
            <source>Look for the OS keychain again, after it was unlocked or started</source>
            <translation>Look for the OS keychain again, after it was unlocked or started</translation>
        </message>
    </context>
    <context>
        <name>pn::ProfilesDialog</name>
        <message>
            <source>Import profiles</source>
            <translation>Import profiles</translation>
        </message>
        <message>
            <source>Callback token of the imported profile "%1":</source>
            <translation>Callback token of the imported profile "%1":</translation>
        </message>
        <message>
            <source>Auth key of the imported profile "%1" (devid %2):</source>
            <translation>Auth key of the imported profile "%1" (devid %2):</translation>
        </message>
        <message>
            <source>Profile exports (*.json)</source>
            <translation>Profile exports (*.json)</translation>
        </message>
        <message>
            <source>Export profiles</source>
            <translation>Export profiles</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Base URL</translation>
        </message>
        <message>
            <source>Developer ID</source>
            <translation>Developer ID</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>&amp;Use</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Duplicate…</source>
            <translation>&amp;Duplicate…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Master &amp;password…</source>
            <translation>Master &amp;password…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Lock the vault after idle minutes (0 = never):</source>
            <translation>Lock the vault after idle minutes (0 = never):</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Keys are kept in: %1</source>
            <translation>Keys are kept in: %1</translation>
        </message>
        <message>
            <source>(locked)</source>
            <translation>(locked)</translation>
        </message>
        <message>
            <source>(unlocked)</source>
            <translation>(unlocked)</translation>
        </message>
        <message>
            <source>generated at each start</source>
            <translation>generated at each start</translation>
        </message>
        <message>
            <source>none stored</source>
            <translation>none stored</translation>
        </message>
        <message>
            <source>The profile in use</source>
            <translation>The profile in use</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
        <message>
            <source>Profile "%1" added; its key is in the %2.</source>
            <translation>Profile "%1" added; its key is in the %2.</translation>
        </message>
        <message>
            <source>Profile "%1" saved with its new key.</source>
            <translation>Profile "%1" saved with its new key.</translation>
        </message>
        <message>
            <source>Profile "%1" saved.</source>
            <translation>Profile "%1" saved.</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Remove profile</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message numerus="yes">
            <source>The profile "%1" still has %n pending or active binding(s) or transfer(s); release them first.</source>
            <translation>
                <numerusform>The profile "%1" still has %n pending or active binding(s) or transfer(s); release them first.</numerusform>
                <numerusform>The profile "%1" still has %n pending or active binding(s) or transfer(s); release them first.</numerusform>
            </translation>
        </message>
        <message>
            <source>Force the removal</source>
            <translation>Force the removal</translation>
        </message>
        <message>
            <source>Remove it anyway? The ledger forgets these records; on the platform they stay bound until they expire or are released with another tool.</source>
            <translation>Remove it anyway? The ledger forgets these records; on the platform they stay bound until they expire or are released with another tool.</translation>
        </message>
        <message>
            <source>Remove anyway</source>
            <translation>Remove anyway</translation>
        </message>
        <message>
            <source>Profile "%1" removed.</source>
            <translation>Profile "%1" removed.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s) exported to %1 (without keys or tokens).</source>
            <translation>
                <numerusform>%n profile(s) exported to %1 (without keys or tokens).</numerusform>
                <numerusform>%n profile(s) exported to %1 (without keys or tokens).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>Import stopped: no key was entered for "%1".</source>
            <translation>Import stopped: no key was entered for "%1".</translation>
        </message>
        <message>
            <source>Import stopped: no callback token was entered for "%1".</source>
            <translation>Import stopped: no callback token was entered for "%1".</translation>
        </message>
        <message>
            <source>Imported: %1.</source>
            <translation>Imported: %1.</translation>
        </message>
        <message>
            <source>Switch the whole window to the selected profile</source>
            <translation>Switch the whole window to the selected profile</translation>
        </message>
        <message>
            <source>Add a profile: account, environment, keys and callback settings</source>
            <translation>Add a profile: account, environment, keys and callback settings</translation>
        </message>
        <message>
            <source>Change the selected profile; its key can be replaced, never read</source>
            <translation>Change the selected profile; its key can be replaced, never read</translation>
        </message>
        <message>
            <source>A new profile with the selected one's settings (the key is entered again)</source>
            <translation>A new profile with the selected one's settings (the key is entered again)</translation>
        </message>
        <message>
            <source>Remove the selected profile and its stored key from this computer (asks first; refused while it has open bindings or bulk jobs)</source>
            <translation>Remove the selected profile and its stored key from this computer (asks first; refused while it has open bindings or bulk jobs)</translation>
        </message>
        <message>
            <source>Add profiles from a JSON export; each key is asked for</source>
            <translation>Add profiles from a JSON export; each key is asked for</translation>
        </message>
        <message>
            <source>Save the selected profiles (or all) as JSON, without keys or tokens</source>
            <translation>Save the selected profiles (or all) as JSON, without keys or tokens</translation>
        </message>
        <message>
            <source>Change the master password of the key vault</source>
            <translation>Change the master password of the key vault</translation>
        </message>
        <message>
            <source>Close this dialog</source>
            <translation>Close this dialog</translation>
        </message>
        <message>
            <source>A bulk job is sending on the profile "%1" in this window. Stop it (or let it finish) before removing the profile.</source>
            <translation>A bulk job is sending on the profile "%1" in this window. Stop it (or let it finish) before removing the profile.</translation>
        </message>
        <message>
            <source>Remove the profile "%1" (devid %2)? Its finished bindings, transfers and bulk jobs and its stored key are deleted from this computer. This cannot be undone.</source>
            <translation>Remove the profile "%1" (devid %2)? Its finished bindings, transfers and bulk jobs and its stored key are deleted from this computer. This cannot be undone.</translation>
        </message>
        <message>
            <source>Remove it anyway? The ledger forgets these records and bulk jobs (a stopped job cannot be resumed); on the platform what was bound stays bound until it expires or is released with another tool.</source>
            <translation>Remove it anyway? The ledger forgets these records and bulk jobs (a stopped job cannot be resumed); on the platform what was bound stays bound until it expires or is released with another tool.</translation>
        </message>
    </context>
    <context>
        <name>pn::RecordingArchive</name>
        <message>
            <source>not a WAV file (no RIFF/WAVE header)</source>
            <translation>not a WAV file (no RIFF/WAVE header)</translation>
        </message>
        <message>
            <source>the WAV header announces %1 bytes, the file has %2</source>
            <translation>the WAV header announces %1 bytes, the file has %2</translation>
        </message>
        <message>
            <source>a broken ID3 tag</source>
            <translation>a broken ID3 tag</translation>
        </message>
        <message>
            <source>neither a WAV nor an MP3 file</source>
            <translation>neither a WAV nor an MP3 file</translation>
        </message>
        <message>
            <source>Cannot prepare the recordings archive: %1</source>
            <translation>Cannot prepare the recordings archive: %1</translation>
        </message>
        <message>
            <source>The largest recording must be at least 1 KiB and the days to keep 0 (forever) or more.</source>
            <translation>The largest recording must be at least 1 KiB and the days to keep 0 (forever) or more.</translation>
        </message>
        <message>
            <source>the taskid cannot name a file</source>
            <translation>the taskid cannot name a file</translation>
        </message>
        <message>
            <source>the recording link is not an http(s) URL</source>
            <translation>the recording link is not an http(s) URL</translation>
        </message>
        <message>
            <source>The call %1 has no recording.</source>
            <translation>The call %1 has no recording.</translation>
        </message>
        <message>
            <source>plain http is not allowed for this profile (use https)</source>
            <translation>plain http is not allowed for this profile (use https)</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>cannot create the folder %1</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>cannot write %1: %2</translation>
        </message>
        <message>
            <source>larger than the profile's limit of %1 bytes</source>
            <translation>larger than the profile's limit of %1 bytes</translation>
        </message>
        <message>
            <source>cannot write the recording: %1</source>
            <translation>cannot write the recording: %1</translation>
        </message>
        <message>
            <source>the server refused to resume (HTTP 416)</source>
            <translation>the server refused to resume (HTTP 416)</translation>
        </message>
        <message>
            <source>HTTP %1 %2</source>
            <translation>HTTP %1 %2</translation>
        </message>
        <message>
            <source>the download ended after %1 of %2 bytes</source>
            <translation>the download ended after %1 of %2 bytes</translation>
        </message>
        <message>
            <source>refused: %1</source>
            <translation>refused: %1</translation>
        </message>
        <message>
            <source>cannot keep the recording as %1</source>
            <translation>cannot keep the recording as %1</translation>
        </message>
    </context>
    <context>
        <name>pn::RecordingPlayer</name>
        <message>
            <source>Export recording</source>
            <translation>Export recording</translation>
        </message>
        <message>
            <source>Recordings (*.wav *.mp3)</source>
            <translation>Recordings (*.wav *.mp3)</translation>
        </message>
        <message>
            <source>This recording is not in the archive yet.</source>
            <translation>This recording is not in the archive yet.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Play</translation>
        </message>
        <message>
            <source>Downloading: %1 of %2 KB</source>
            <translation>Downloading: %1 of %2 KB</translation>
        </message>
        <message>
            <source>Downloading: %1 KB</source>
            <translation>Downloading: %1 KB</translation>
        </message>
        <message>
            <source>Not in the archive (turn recordings on for this profile, or fetch it now).</source>
            <translation>Not in the archive (turn recordings on for this profile, or fetch it now).</translation>
        </message>
        <message>
            <source>Removed from the archive by the retention policy.</source>
            <translation>Removed from the archive by the retention policy.</translation>
        </message>
        <message>
            <source>Could not be archived: %1</source>
            <translation>Could not be archived: %1</translation>
        </message>
        <message>
            <source>Waiting for another try (%1).</source>
            <translation>Waiting for another try (%1).</translation>
        </message>
        <message>
            <source>Queued for download.</source>
            <translation>Queued for download.</translation>
        </message>
        <message>
            <source>No audio output on this computer: export the file to play it elsewhere.</source>
            <translation>No audio output on this computer: export the file to play it elsewhere.</translation>
        </message>
        <message>
            <source>Cannot play this file: %1</source>
            <translation>Cannot play this file: %1</translation>
        </message>
        <message>
            <source>Archived: %1 (%2 KB)</source>
            <translation>Archived: %1 (%2 KB)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Save a copy of the archived recording.</source>
            <translation>Save a copy of the archived recording.</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copy link</translation>
        </message>
        <message>
            <source>Copy the platform's link to this recording.</source>
            <translation>Copy the platform's link to this recording.</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>Open link</translation>
        </message>
        <message>
            <source>Open the platform's link in the browser.</source>
            <translation>Open the platform's link in the browser.</translation>
        </message>
        <message>
            <source>Fetch now</source>
            <translation>Fetch now</translation>
        </message>
        <message>
            <source>Download this recording into the archive now.</source>
            <translation>Download this recording into the archive now.</translation>
        </message>
        <message>
            <source>Position in the recording</source>
            <translation>Position in the recording</translation>
        </message>
        <message>
            <source>Pause the recording.</source>
            <translation>Pause the recording.</translation>
        </message>
        <message>
            <source>Play the archived recording.</source>
            <translation>Play the archived recording.</translation>
        </message>
    </context>
    <context>
        <name>pn::RecordingPolicyDialog</name>
        <message>
            <source>Recordings archive</source>
            <translation>Recordings archive</translation>
        </message>
        <message>
            <source>Recordings archive — %1</source>
            <translation>Recordings archive — %1</translation>
        </message>
        <message>
            <source>Download this profile's call recordings into the data folder</source>
            <translation>Download this profile's call recordings into the data folder</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>for ever</source>
            <translation>for ever</translation>
        </message>
        <message>
            <source>Platforms keep recordings only for a while (Huawei: 7 days). Files larger than the limit are refused; files of calls older than the days to keep are removed.</source>
            <translation>Platforms keep recordings only for a while (Huawei: 7 days). Files larger than the limit are refused; files of calls older than the days to keep are removed.</translation>
        </message>
        <message>
            <source>Largest recording:</source>
            <translation>Largest recording:</translation>
        </message>
        <message>
            <source>Keep for:</source>
            <translation>Keep for:</translation>
        </message>
    </context>
    <context>
        <name>pn::RequestLogModel</name>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Path</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>Request ID</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Latency</source>
            <translation>Latency</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Attempt</translation>
        </message>
    </context>
    <context>
        <name>pn::RequestLogTab</name>
        <message>
            <source>No requests yet: every call to the platform (create, release, account) is listed here.</source>
            <translation>No requests yet: every call to the platform (create, release, account) is listed here.</translation>
        </message>
    </context>
    <context>
        <name>pn::RetentionDialog</name>
        <message>
            <source>Retention: real numbers of %1 bindings and %2 call records erased; ledger %3 MB → %4 MB.</source>
            <translation>Retention: real numbers of %1 bindings and %2 call records erased; ledger %3 MB → %4 MB.</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Keep them forever</source>
            <translation>Keep them forever</translation>
        </message>
        <message>
            <source>Keep real numbers of ended bindings for:</source>
            <translation>Keep real numbers of ended bindings for:</translation>
        </message>
        <message>
            <source>Export with the real numbers (written to the audit log)</source>
            <translation>Export with the real numbers (written to the audit log)</translation>
        </message>
        <message>
            <source>Export what will be erased…</source>
            <translation>Export what will be erased…</translation>
        </message>
        <message>
            <source>Erase now…</source>
            <translation>Erase now…</translation>
        </message>
        <message>
            <source>Due now: %1 bindings and %2 call records of this profile.</source>
            <translation>Due now: %1 bindings and %2 call records of this profile.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Export what will be erased</source>
            <translation>Export what will be erased</translation>
        </message>
        <message>
            <source>retention-export.csv</source>
            <translation>retention-export.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Erase real numbers</source>
            <translation>Erase real numbers</translation>
        </message>
        <message>
            <source>Erase the real numbers of every binding due now (see above), of their calls and request-log lines? This cannot be undone.</source>
            <translation>Erase the real numbers of every binding due now (see above), of their calls and request-log lines? This cannot be undone.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>Cannot read the key of the number hashes: %1</source>
            <translation>Cannot read the key of the number hashes: %1</translation>
        </message>
        <message>
            <source>Erasing…</source>
            <translation>Erasing…</translation>
        </message>
        <message>
            <source>Retention did not run: %1</source>
            <translation>Retention did not run: %1</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Retention…</source>
            <translation>&amp;Retention…</translation>
        </message>
        <message numerus="yes">
            <source>%n recording file(s) deleted.</source>
            <translation>
                <numerusform>%n recording file(s) deleted.</numerusform>
                <numerusform>%n recording file(s) deleted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Real numbers of bindings that ended longer ago than this (and of their calls) are replaced by the masked form and a keyed hash, once a day: the binding can still be found by its full number, but the number is no longer stored. Their recordings are deleted too. This cannot be undone.</source>
            <translation>Real numbers of bindings that ended longer ago than this (and of their calls) are replaced by the masked form and a keyed hash, once a day: the binding can still be found by its full number, but the number is no longer stored. Their recordings are deleted too. This cannot be undone.</translation>
        </message>
        <message>
            <source>%1 bindings exported to %2; beside it their %3 call records, %4 call starts and %5 request-log lines (…-calls.csv, …-call-starts.csv, …-requests.csv).</source>
            <translation>%1 bindings exported to %2; beside it their %3 call records, %4 call starts and %5 request-log lines (…-calls.csv, …-call-starts.csv, …-requests.csv).</translation>
        </message>
    </context>
    <context>
        <name>pn::SandboxFaultsPanel</name>
        <message>
            <source>Sandbox faults</source>
            <translation>Sandbox faults</translation>
        </message>
        <message numerus="yes">
            <source>fired %n time(s)</source>
            <translation>
                <numerusform>fired %n time(s)</numerusform>
                <numerusform>fired %n time(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Faults of the built-in sandbox platform, applied at once (0 = off). Every subid must survive them: compare the ledger with the sandbox afterwards.</source>
            <translation>Faults of the built-in sandbox platform, applied at once (0 = off). Every subid must survive them: compare the ledger with the sandbox afterwards.</translation>
        </message>
        <message>
            <source>Maintenance: every request answers 1501</source>
            <translation>Maintenance: every request answers 1501</translation>
        </message>
        <message>
            <source>Every Nth request answers HTTP 401</source>
            <translation>Every Nth request answers HTTP 401</translation>
        </message>
        <message>
            <source>Rate limit (requests per second; over it → 1105)</source>
            <translation>Rate limit (requests per second; over it → 1105)</translation>
        </message>
        <message>
            <source>Every Nth request answers 1500 (temporary failure)</source>
            <translation>Every Nth request answers 1500 (temporary failure)</translation>
        </message>
        <message>
            <source>Every Nth create or release is committed, then the answer is dropped</source>
            <translation>Every Nth create or release is committed, then the answer is dropped</translation>
        </message>
        <message>
            <source>Every Nth answer is malformed JSON (after commit)</source>
            <translation>Every Nth answer is malformed JSON (after commit)</translation>
        </message>
        <message>
            <source>Every answer waits (ms)</source>
            <translation>Every answer waits (ms)</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
    </context>
    <context>
        <name>pn::SandboxPlatform</name>
        <message>
            <source>The sandbox admin API answers only to loopback clients.</source>
            <translation>The sandbox admin API answers only to loopback clients.</translation>
        </message>
        <message>
            <source>Use GET or PUT.</source>
            <translation>Use GET or PUT.</translation>
        </message>
        <message>
            <source>Use GET or POST.</source>
            <translation>Use GET or POST.</translation>
        </message>
        <message>
            <source>No account has the developer ID %1.</source>
            <translation>No account has the developer ID %1.</translation>
        </message>
        <message>
            <source>The account state must be 0, 1, 2 or 3.</source>
            <translation>The account state must be 0, 1, 2 or 3.</translation>
        </message>
        <message>
            <source>No recording has the taskid %1.</source>
            <translation>No recording has the taskid %1.</translation>
        </message>
        <message>
            <source>The sandbox admin API has no %1 %2.</source>
            <translation>The sandbox admin API has no %1 %2.</translation>
        </message>
        <message>
            <source>The sandbox is already listening.</source>
            <translation>The sandbox is already listening.</translation>
        </message>
        <message>
            <source>No PEM certificate could be read from %1.</source>
            <translation>No PEM certificate could be read from %1.</translation>
        </message>
        <message>
            <source>Cannot read the private key %1: %2</source>
            <translation>Cannot read the private key %1: %2</translation>
        </message>
        <message>
            <source>The private key %1 is not an unencrypted PEM RSA or EC key.</source>
            <translation>The private key %1 is not an unencrypted PEM RSA or EC key.</translation>
        </message>
        <message>
            <source>Open the sandbox state file before listening.</source>
            <translation>Open the sandbox state file before listening.</translation>
        </message>
        <message>
            <source>The sandbox admin API answers only to its own address, not to Host %1.</source>
            <translation>The sandbox admin API answers only to its own address, not to Host %1.</translation>
        </message>
        <message>
            <source>The sandbox admin API refuses requests from web pages of other origins (%1).</source>
            <translation>The sandbox admin API refuses requests from web pages of other origins (%1).</translation>
        </message>
        <message>
            <source>The sandbox admin API takes application/json or application/x-www-form-urlencoded bodies, not %1.</source>
            <translation>The sandbox admin API takes application/json or application/x-www-form-urlencoded bodies, not %1.</translation>
        </message>
    </context>
    <context>
        <name>pn::Session</name>
        <message>
            <source>Reconciled %1 earlier requests: %2 created, %3 released, %4 refused, %5 still without an answer.</source>
            <translation>Reconciled %1 earlier requests: %2 created, %3 released, %4 refused, %5 still without an answer.</translation>
        </message>
    </context>
    <context>
        <name>pn::SimulateCallDialog</name>
        <message>
            <source>Simulate a call to %1</source>
            <translation>Simulate a call to %1</translation>
        </message>
        <message>
            <source>Simulate a call on %1</source>
            <translation>Simulate a call on %1</translation>
        </message>
        <message>
            <source>Caller:</source>
            <translation>Caller:</translation>
        </message>
        <message>
            <source>Other number:</source>
            <translation>Other number:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>Ring time:</source>
            <translation>Ring time:</translation>
        </message>
        <message>
            <source>Talk time:</source>
            <translation>Talk time:</translation>
        </message>
        <message>
            <source>A (%1) calls B</source>
            <translation>A (%1) calls B</translation>
        </message>
        <message>
            <source>B (%1) calls A</source>
            <translation>B (%1) calls A</translation>
        </message>
        <message>
            <source>A caller (number below) calls X</source>
            <translation>A caller (number below) calls X</translation>
        </message>
        <message>
            <source>Another number (below) calls X, reaching A</source>
            <translation>Another number (below) calls X, reaching A</translation>
        </message>
        <message>
            <source>e.g. 13700000000</source>
            <translation>e.g. 13700000000</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Post the call-start callback first</source>
            <translation>Post the call-start callback first</translation>
        </message>
        <message>
            <source>Simulate</source>
            <translation>Simulate</translation>
        </message>
        <message>
            <source>Type the number that calls.</source>
            <translation>Type the number that calls.</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>No call simulated: %1</source>
            <translation>No call simulated: %1</translation>
        </message>
        <message>
            <source>Simulated a call on %1 (task %2, %3); its call record arrives in the Calls tab.</source>
            <translation>Simulated a call on %1 (task %2, %3); its call record arrives in the Calls tab.</translation>
        </message>
    </context>
    <context>
        <name>pn::SingleInstance</name>
        <message>
            <source>The data folder %1 cannot be written.</source>
            <translation>The data folder %1 cannot be written.</translation>
        </message>
        <message>
            <source>Another console (process %1) has this data folder open but does not answer. Close it, or end that process, and start again.</source>
            <translation>Another console (process %1) has this data folder open but does not answer. Close it, or end that process, and start again.</translation>
        </message>
        <message>
            <source>The console cannot serve its single-instance socket: %1</source>
            <translation>The console cannot serve its single-instance socket: %1</translation>
        </message>
    </context>
    <context>
        <name>pn::TransferDialog</name>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>the privacy number X</source>
            <translation>the privacy number X</translation>
        </message>
        <message>
            <source>the real caller's number</source>
            <translation>the real caller's number</translation>
        </message>
        <message>
            <source>Sent as: %1</source>
            <translation>Sent as: %1</translation>
        </message>
        <message>
            <source>No answer from the platform: %1</source>
            <translation>No answer from the platform: %1</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>0 (forever)</source>
            <translation>0 (forever)</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>What you typed is kept: Create works again when the team ledger is back.</source>
            <translation>What you typed is kept: Create works again when the team ledger is back.</translation>
        </message>
    </context>
    <context>
        <name>pn::TransfersModel</name>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>real caller</source>
            <translation>real caller</translation>
        </message>
        <message>
            <source>X number</source>
            <translation>X number</translation>
        </message>
        <message>
            <source>Number A</source>
            <translation>Number A</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Recording</translation>
        </message>
        <message>
            <source>Caller display</source>
            <translation>Caller display</translation>
        </message>
        <message>
            <source>User data</source>
            <translation>User data</translation>
        </message>
    </context>
    <context>
        <name>pn::TransfersTab</name>
        <message>
            <source>Release…</source>
            <translation>Release…</translation>
        </message>
        <message>
            <source>Simulate call…</source>
            <translation>Simulate call…</translation>
        </message>
        <message>
            <source>No transfers yet — “New transfer” forwards every call to an X number to one real number.</source>
            <translation>No transfers yet — “New transfer” forwards every call to an X number to one real number.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
    </context>
    <context>
        <name>pn::VaultUnlockDialog</name>
        <message>
            <source>Unlock the key vault</source>
            <translation>Unlock the key vault</translation>
        </message>
        <message>
            <source>The keys of this data folder are in the encrypted vault
%1
Enter its master password to use them.</source>
            <translation>The keys of this data folder are in the encrypted vault
%1
Enter its master password to use them.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Create the key vault</source>
            <translation>Create the key vault</translation>
        </message>
        <message>
            <source>The keys of this data folder will be kept in a new encrypted vault
%1
Choose its master password. It cannot be recovered: without it the keys must be entered again.</source>
            <translation>The keys of this data folder will be kept in a new encrypted vault
%1
Choose its master password. It cannot be recovered: without it the keys must be entered again.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>Change the master password</source>
            <translation>Change the master password</translation>
        </message>
        <message>
            <source>Change the master password of the key vault
%1</source>
            <translation>Change the master password of the key vault
%1</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Change</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;Master password:</source>
            <translation>&amp;Master password:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Wrong password, try again.</source>
            <translation>Wrong password, try again.</translation>
        </message>
        <message>
            <source>The two new passwords differ; type them again.</source>
            <translation>The two new passwords differ; type them again.</translation>
        </message>
        <message>
            <source>The new password must not be empty.</source>
            <translation>The new password must not be empty.</translation>
        </message>
        <message>
            <source>Enter the master password.</source>
            <translation>Enter the master password.</translation>
        </message>
    </context>
    <context>
        <name>pn::cli::ListenRecordings</name>
        <message>
            <source>No profile keeps its recordings: nothing will be fetched until one does (pnctl recordings policy --profile NAME --on).</source>
            <translation>No profile keeps its recordings: nothing will be fetched until one does (pnctl recordings policy --profile NAME --on).</translation>
        </message>
    </context>
    <context>
        <name>pnctl</name>
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
        <message>
            <source>show the account's state and balance</source>
            <translation>show the account's state and balance</translation>
        </message>
        <message>
            <source>create an AXB binding: bind X A B --ttl N</source>
            <translation>create an AXB binding: bind X A B --ttl N</translation>
        </message>
        <message>
            <source>release an AXB binding: release SUBID</source>
            <translation>release an AXB binding: release SUBID</translation>
        </message>
        <message>
            <source>create an XA transfer: transfer X A</source>
            <translation>create an XA transfer: transfer X A</translation>
        </message>
        <message>
            <source>release an XA transfer: untransfer X</source>
            <translation>release an XA transfer: untransfer X</translation>
        </message>
        <message>
            <source>list the bindings in the ledger</source>
            <translation>list the bindings in the ledger</translation>
        </message>
        <message>
            <source>show the request log</source>
            <translation>show the request log</translation>
        </message>
        <message>
            <source>print the Keytime Authorization header value</source>
            <translation>print the Keytime Authorization header value</translation>
        </message>
        <message>
            <source>Usage: pnctl [--lang zh_CN|en] [--data-dir DIR] [--profile NAME | --base-url URL --devid ID --appid APP --key-file F] COMMAND [options] [--json]

Commands:
</source>
            <translation>Usage: pnctl [--lang zh_CN|en] [--data-dir DIR] [--profile NAME | --base-url URL --devid ID --appid APP --key-file F] COMMAND [options] [--json]

Commands:
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
The auth key may also come from the environment variable PN_AUTH_KEY; it is never printed.
Exit codes: 0 ok, 1 platform error, 2 usage or validation, 3 network, TLS or authentication.

Options:
  -h, --help     show this help (COMMAND --help: the command's options)
  -v, --version  show the version
</translation>
        </message>
        <message>
            <source>receive CDR and call-start callbacks into the ledger</source>
            <translation>receive CDR and call-start callbacks into the ledger</translation>
        </message>
        <message>
            <source>manage credential profiles: profile list|show|add|edit|remove|export|import|vault-password</source>
            <translation>manage credential profiles: profile list|show|add|edit|remove|export|import|vault-password</translation>
        </message>
        <message>
            <source>create or release bindings from a CSV file: bulk bind|release FILE --out RESULT; bulk jobs</source>
            <translation>create or release bindings from a CSV file: bulk bind|release FILE --out RESULT; bulk jobs</translation>
        </message>
        <message>
            <source>write bindings, transfers, call records or the request log to a CSV file: export bindings|transfers|calls|requests --out FILE</source>
            <translation>write bindings, transfers, call records or the request log to a CSV file: export bindings|transfers|calls|requests --out FILE</translation>
        </message>
        <message>
            <source>Cannot write the log file %1: %2</source>
            <translation>Cannot write the log file %1: %2</translation>
        </message>
        <message>
            <source>list the call records in the ledger</source>
            <translation>list the call records in the ledger</translation>
        </message>
        <message>
            <source>fetch, list and configure the call recordings archive</source>
            <translation>fetch, list and configure the call recordings archive</translation>
        </message>
        <message>
            <source>show or apply how long real numbers are kept</source>
            <translation>show or apply how long real numbers are kept</translation>
        </message>
        <message>
            <source>migrate the ledger's schema (administrator)</source>
            <translation>migrate the ledger's schema (administrator)</translation>
        </message>
        <message>
            <source>show who did what (the audit log)</source>
            <translation>show who did what (the audit log)</translation>
        </message>
    </context>
    <context>
        <name>pnsim</name>
        <message>
            <source>Sandbox privacy-number platform: a simulator of the whole API.</source>
            <translation>Sandbox privacy-number platform: a simulator of the whole API.</translation>
        </message>
        <message>
            <source>Address and port to serve (port 0 picks a free one).</source>
            <translation>Address and port to serve (port 0 picks a free one).</translation>
        </message>
        <message>
            <source>An account, DEVID:KEY:APPID[,APPID] (repeatable).</source>
            <translation>An account, DEVID:KEY:APPID[,APPID] (repeatable).</translation>
        </message>
        <message>
            <source>A file with one account per line, DEVID:KEY:APPID[,APPID].</source>
            <translation>A file with one account per line, DEVID:KEY:APPID[,APPID].</translation>
        </message>
        <message>
            <source>The X numbers of every account, comma separated.</source>
            <translation>The X numbers of every account, comma separated.</translation>
        </message>
        <message>
            <source>The SQLite state file (default: in memory).</source>
            <translation>The SQLite state file (default: in memory).</translation>
        </message>
        <message>
            <source>Starting balance of new accounts, in yuan.</source>
            <translation>Starting balance of new accounts, in yuan.</translation>
        </message>
        <message>
            <source>Where call-start and CDR callbacks are posted.</source>
            <translation>Where call-start and CDR callbacks are posted.</translation>
        </message>
        <message>
            <source>Callback body format: form or json.</source>
            <translation>Callback body format: form or json.</translation>
        </message>
        <message>
            <source>PEM certificate: serve HTTPS.</source>
            <translation>PEM certificate: serve HTTPS.</translation>
        </message>
        <message>
            <source>PEM private key for HTTPS.</source>
            <translation>PEM private key for HTTPS.</translation>
        </message>
        <message>
            <source>Answer every Nth request with 1500.</source>
            <translation>Answer every Nth request with 1500.</translation>
        </message>
        <message>
            <source>Answer 1105 above this many requests per second.</source>
            <translation>Answer 1105 above this many requests per second.</translation>
        </message>
        <message>
            <source>Commit every Nth PUT/DELETE, then close the connection without answering.</source>
            <translation>Commit every Nth PUT/DELETE, then close the connection without answering.</translation>
        </message>
        <message>
            <source>Delay every answer by this many milliseconds.</source>
            <translation>Delay every answer by this many milliseconds.</translation>
        </message>
        <message>
            <source>Answer every Nth request with malformed JSON.</source>
            <translation>Answer every Nth request with malformed JSON.</translation>
        </message>
        <message>
            <source>Answer every Nth request with HTTP 401.</source>
            <translation>Answer every Nth request with HTTP 401.</translation>
        </message>
        <message>
            <source>Answer every request with 1501.</source>
            <translation>Answer every request with 1501.</translation>
        </message>
        <message>
            <source>Post every CDR three times.</source>
            <translation>Post every CDR three times.</translation>
        </message>
        <message>
            <source>Charge per started minute of an answered call, in yuan.</source>
            <translation>Charge per started minute of an answered call, in yuan.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>Give at least one --account DEVID:KEY:APPID[,APPID].</source>
            <translation>Give at least one --account DEVID:KEY:APPID[,APPID].</translation>
        </message>
        <message>
            <source>Not an account DEVID:KEY:APPID[,APPID]: %1</source>
            <translation>Not an account DEVID:KEY:APPID[,APPID]: %1</translation>
        </message>
        <message>
            <source>--callback-format is form or json.</source>
            <translation>--callback-format is form or json.</translation>
        </message>
        <message>
            <source>HTTPS needs both --tls-cert and --tls-key.</source>
            <translation>HTTPS needs both --tls-cert and --tls-key.</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2</source>
            <translation>Cannot listen on %1: %2</translation>
        </message>
        <message>
            <source>Serve beyond loopback (anyone on the network can use it).</source>
            <translation>Serve beyond loopback (anyone on the network can use it).</translation>
        </message>
        <message>
            <source>--listen wants HOST:PORT, e.g. 127.0.0.1:0 or [::1]:0.</source>
            <translation>--listen wants HOST:PORT, e.g. 127.0.0.1:0 or [::1]:0.</translation>
        </message>
        <message>
            <source>WARNING: serving on %1 beyond loopback: anyone on the network can use the sandbox's API (its admin API still answers loopback only).</source>
            <translation>WARNING: serving on %1 beyond loopback: anyone on the network can use the sandbox's API (its admin API still answers loopback only).</translation>
        </message>
        <message>
            <source>Refusing to serve beyond loopback without --insecure-open.</source>
            <translation>Refusing to serve beyond loopback without --insecure-open.</translation>
        </message>
    </context>
</TS>
