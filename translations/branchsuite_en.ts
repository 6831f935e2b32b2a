<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BillLookupResult</name>
    <message>
        <source>This biller is not available at this branch.</source>
        <translation>This biller is not available at this branch.</translation>
    </message>
    <message>
        <source>No account with this number was found. Please check the number on your bill.</source>
        <translation>No account with this number was found. Please check the number on your bill.</translation>
    </message>
    <message>
        <source>There is nothing to pay on this account right now.</source>
        <translation>There is nothing to pay on this account right now.</translation>
    </message>
    <message>
        <source>This number does not have the right format for this biller.</source>
        <translation>This number does not have the right format for this biller.</translation>
    </message>
    <message>
        <source>The bill could not be looked up.</source>
        <translation>The bill could not be looked up.</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Housing fund</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>Social security card</source>
        <translation>Social security card</translation>
    </message>
    <message>
        <source>Pension &amp; employment</source>
        <translation>Pension &amp; employment</translation>
    </message>
    <message>
        <source>Start-up &amp; business</source>
        <translation>Start-up &amp; business</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Courts</translation>
    </message>
    <message>
        <source>Elderly services</source>
        <translation>Elderly services</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banking</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>No services are available in this category yet.</source>
        <translation>No services are available in this category yet.</translation>
    </message>
    <message>
        <source>Back to all services</source>
        <translation>Back to all services</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>BranchSuite self-service kiosk</source>
        <translation>BranchSuite self-service kiosk</translation>
    </message>
    <message>
        <source>Open the service with this id.</source>
        <translation>Open the service with this id.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start in care mode.</source>
        <translation>Start in care mode.</translation>
    </message>
    <message>
        <source>Start in this language: zh_CN or en.</source>
        <translation>Start in this language: zh_CN or en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Exit once the first frame is shown (start-up check).</source>
        <translation>Exit once the first frame is shown (start-up check).</translation>
    </message>
    <message>
        <source>Path of the kiosk database.</source>
        <translation>Path of the kiosk database.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Seconds without input before the session is cleared.</source>
        <translation>Seconds without input before the session is cleared.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Fill the whole screen.</source>
        <translation>Fill the whole screen.</translation>
    </message>
    <message>
        <source>Invalid command line: %1</source>
        <translation>Invalid command line: %1</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>Unknown language "%1". Use zh_CN or en.</source>
        <translation>Unknown language "%1". Use zh_CN or en.</translation>
    </message>
    <message>
        <source>The service id must not be empty.</source>
        <translation>The service id must not be empty.</translation>
    </message>
    <message>
        <source>The database path must not be empty.</source>
        <translation>The database path must not be empty.</translation>
    </message>
    <message>
        <source>Invalid idle timeout "%1": give a whole number of seconds from 1 to 86400.</source>
        <translation>Invalid idle timeout "%1": give a whole number of seconds from 1 to 86400.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>This form has no such field.</source>
        <translation>This form has no such field.</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind.</source>
        <translation>This answer is not of the expected kind.</translation>
    </message>
    <message>
        <source>The text contains control characters that are not allowed.</source>
        <translation>The text contains control characters that are not allowed.</translation>
    </message>
    <message>
        <source>The text is not in the expected format.</source>
        <translation>The text is not in the expected format.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Please enter a whole number.</translation>
    </message>
    <message>
        <source>The value is below the minimum.</source>
        <translation>The value is below the minimum.</translation>
    </message>
    <message>
        <source>The value is above the maximum.</source>
        <translation>The value is above the maximum.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of fen.</source>
        <translation>The amount must be a whole number of fen.</translation>
    </message>
    <message>
        <source>Please enter a real date.</source>
        <translation>Please enter a real date.</translation>
    </message>
    <message>
        <source>The date is earlier than allowed.</source>
        <translation>The date is earlier than allowed.</translation>
    </message>
    <message>
        <source>The date is later than allowed.</source>
        <translation>The date is later than allowed.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <source>Too many files have been added.</source>
        <translation>Too many files have been added.</translation>
    </message>
    <message>
        <source>The attachment could not be recognised. Please add it again.</source>
        <translation>The attachment could not be recognised. Please add it again.</translation>
    </message>
    <message>
        <source>The same file has been added twice.</source>
        <translation>The same file has been added twice.</translation>
    </message>
    <message>
        <source>Please read and agree to this statement to continue.</source>
        <translation>Please read and agree to this statement to continue.</translation>
    </message>
    <message>
        <source>This answer does not fit with another answer.</source>
        <translation>This answer does not fit with another answer.</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>CNY</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Amount in yuan, e.g. 120.50</source>
        <translation>Amount in yuan, e.g. 120.50</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Photos cannot be taken at this screen yet. Please show the original to staff at the counter.</source>
        <translation>Photos cannot be taken at this screen yet. Please show the original to staff at the counter.</translation>
    </message>
    <message>
        <source>I will show the original to staff</source>
        <translation>I will show the original to staff</translation>
    </message>
    <message>
        <source>This second signature is taken on paper by staff at the counter.</source>
        <translation>This second signature is taken on paper by staff at the counter.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Find your bill</source>
        <translation>Find your bill</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Page %1 of %2: %3</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>FormController</name>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Original to be shown to staff</source>
        <translation>Original to be shown to staff</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Please choose a service</source>
        <translation>Please choose a service</translation>
    </message>
    <message>
        <source>Government &amp; livelihood services</source>
        <translation>Government &amp; livelihood services</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Financial services</translation>
    </message>
    <message>
        <source>At this counter</source>
        <translation>At this counter</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n second(s) and what you entered will be cleared.</source>
        <translation><numerusform>For your privacy, this session ends in %n second and what you entered will be cleared.</numerusform><numerusform>For your privacy, this session ends in %n seconds and what you entered will be cleared.</numerusform></translation>
    </message>
    <message>
        <source>End now</source>
        <translation>End now</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>LookupView</name>
    <message>
        <source>Enter your %1 to find what you owe.</source>
        <translation>Enter your %1 to find what you owe.</translation>
    </message>
    <message>
        <source>Enter your account number to find what you owe.</source>
        <translation>Enter your account number to find what you owe.</translation>
    </message>
    <message>
        <source>Find my bill</source>
        <translation>Find my bill</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>BranchSuite</source>
        <translation>BranchSuite</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>QR code of your receipt</source>
        <translation>QR code of your receipt</translation>
    </message>
    <message>
        <source>Your request has been saved</source>
        <translation>Your request has been saved</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Keep this number. Staff can find your request with it or by scanning the code. A PDF copy of the receipt is kept at this counter.</source>
        <translation>Keep this number. Staff can find your request with it or by scanning the code. A PDF copy of the receipt is kept at this counter.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>The receipt is missing its number or time.</source>
        <translation>The receipt is missing its number or time.</translation>
    </message>
    <message>
        <source>The receipt's verification code could not be made.</source>
        <translation>The receipt's verification code could not be made.</translation>
    </message>
    <message>
        <source>The receipt could not be saved.</source>
        <translation>The receipt could not be saved.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Scan to verify this receipt</source>
        <translation>Scan to verify this receipt</translation>
    </message>
    <message>
        <source>Keep this receipt until the transaction is confirmed.</source>
        <translation>Keep this receipt until the transaction is confirmed.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Correct, continue to sign</source>
        <translation>Correct, continue to sign</translation>
    </message>
    <message>
        <source>Correct, submit</source>
        <translation>Correct, submit</translation>
    </message>
</context>
<context>
    <name>SecurityError</name>
    <message>
        <source>No system keychain is available, so personal data cannot be protected. Start the keychain service, or use the development option on a test machine only.</source>
        <translation>No system keychain is available, so personal data cannot be protected. Start the keychain service, or use the development option on a test machine only.</translation>
    </message>
    <message>
        <source>The system keychain refused the request.</source>
        <translation>The system keychain refused the request.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The secret is not in the keychain.</source>
        <translation>The secret is not in the keychain.</translation>
    </message>
    <message>
        <source>The secret name is not valid.</source>
        <translation>The secret name is not valid.</translation>
    </message>
    <message>
        <source>The development secret file could not be read or written.</source>
        <translation>The development secret file could not be read or written.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>The key that protects stored personal data is missing from the keychain. Stored data cannot be read until it is restored.</source>
        <translation>The key that protects stored personal data is missing from the keychain. Stored data cannot be read until it is restored.</translation>
    </message>
    <message>
        <source>The key that protects stored personal data is damaged.</source>
        <translation>The key that protects stored personal data is damaged.</translation>
    </message>
    <message>
        <source>A stored data key could not be opened with the keychain's key.</source>
        <translation>A stored data key could not be opened with the keychain's key.</translation>
    </message>
    <message>
        <source>Key rotation stopped before it finished. All data stays readable; run it again.</source>
        <translation>Key rotation stopped before it finished. All data stays readable; run it again.</translation>
    </message>
    <message>
        <source>A security operation failed.</source>
        <translation>A security operation failed.</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPage</name>
    <message>
        <source>Who can use this service</source>
        <translation>Who can use this service</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Please bring</translation>
    </message>
    <message>
        <source>(if it applies)</source>
        <translation>(if it applies)</translation>
    </message>
    <message>
        <source>Fee or amount</source>
        <translation>Fee or amount</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>This service cannot be completed at this screen yet. Please ask at the service desk.</source>
        <translation>This service cannot be completed at this screen yet. Please ask at the service desk.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature box: sign here with your finger</source>
        <translation>Signature box: sign here with your finger</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <source>By signing you confirm the answers you checked are correct.</source>
        <translation>By signing you confirm the answers you checked are correct.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The local database is not open.</source>
        <translation>The local database is not open.</translation>
    </message>
    <message>
        <source>The local database could not be opened.</source>
        <translation>The local database could not be opened.</translation>
    </message>
    <message>
        <source>The local database could not be configured for safe storage.</source>
        <translation>The local database could not be configured for safe storage.</translation>
    </message>
    <message>
        <source>The local database was damaged. It has been set aside for inspection and a new one was started.</source>
        <translation>The local database was damaged. It has been set aside for inspection and a new one was started.</translation>
    </message>
    <message>
        <source>The local database is damaged and could not be set aside.</source>
        <translation>The local database is damaged and could not be set aside.</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of this application.</source>
        <translation>The local database was written by a newer version of this application.</translation>
    </message>
    <message>
        <source>The database file belongs to another application.</source>
        <translation>The database file belongs to another application.</translation>
    </message>
    <message>
        <source>A database upgrade that was already applied has since been changed.</source>
        <translation>A database upgrade that was already applied has since been changed.</translation>
    </message>
    <message>
        <source>The local database could not be upgraded.</source>
        <translation>The local database could not be upgraded.</translation>
    </message>
    <message>
        <source>The database upgrade files are incomplete or misnamed.</source>
        <translation>The database upgrade files are incomplete or misnamed.</translation>
    </message>
    <message>
        <source>The local database is busy. Please try again.</source>
        <translation>The local database is busy. Please try again.</translation>
    </message>
    <message>
        <source>The submission is incomplete or malformed and was not stored.</source>
        <translation>The submission is incomplete or malformed and was not stored.</translation>
    </message>
    <message>
        <source>No more receipt numbers are available today. Please ask staff for help.</source>
        <translation>No more receipt numbers are available today. Please ask staff for help.</translation>
    </message>
    <message>
        <source>The submission data could not be protected or read back.</source>
        <translation>The submission data could not be protected or read back.</translation>
    </message>
    <message>
        <source>A local database operation failed.</source>
        <translation>A local database operation failed.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Smart Service Counter</source>
        <translation>Smart Service Counter</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Care mode</source>
        <translation>Care mode</translation>
    </message>
</context>
<context>
    <name>branch::CatalogCommand</name>
    <message>
        <source>Unknown or incomplete option %1. Run "branchctl help catalog".</source>
        <translation>Unknown or incomplete option %1. Run "branchctl help catalog".</translation>
    </message>
    <message>
        <source>"catalog list" takes no arguments.</source>
        <translation>"catalog list" takes no arguments.</translation>
    </message>
    <message>
        <source>Missing the catalog directory.</source>
        <translation>Missing the catalog directory.</translation>
    </message>
    <message>
        <source>Give exactly one catalog directory.</source>
        <translation>Give exactly one catalog directory.</translation>
    </message>
    <message>
        <source>The catalog directory does not exist.</source>
        <translation>The catalog directory does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) loaded</source>
        <translation><numerusform>%n service loaded</numerusform><numerusform>%n services loaded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation><numerusform>%n file refused</numerusform><numerusform>%n files refused</numerusform></translation>
    </message>
    <message>
        <source>List, search or check the catalog of services</source>
        <translation>List, search or check the catalog of services</translation>
    </message>
    <message>
        <source>Usage: branchctl catalog list [--json]
       branchctl catalog search &lt;text&gt; [--limit N] [--json]
       branchctl catalog check &lt;directory&gt;

  list    print every built-in service: id, kind, category and name
          --json  one line: {"services":[{"id":...,"kind":...,"category":...,"name":{...}}]}
  search  find services as the kiosk's search box does, best first
          --limit  at most N results, 1 to 20 (default 5)
          --json   one line: {"results":[{"id":...,"score":...}]}
  check   load &lt;directory&gt; (categories.json and services/) as the kiosk does,
          and print each problem as "file: path: reason"

Exit codes: 0 done (check: every file loads), 1 a file is refused or the text
cannot be searched, 2 usage error.</source>
        <translation>Usage: branchctl catalog list [--json]
       branchctl catalog search &lt;text&gt; [--limit N] [--json]
       branchctl catalog check &lt;directory&gt;

  list    print every built-in service: id, kind, category and name
          --json  one line: {"services":[{"id":...,"kind":...,"category":...,"name":{...}}]}
  search  find services as the kiosk's search box does, best first
          --limit  at most N results, 1 to 20 (default 5)
          --json   one line: {"results":[{"id":...,"score":...}]}
  check   load &lt;directory&gt; (categories.json and services/) as the kiosk does,
          and print each problem as "file: path: reason"

Exit codes: 0 done (check: every file loads), 1 a file is refused or the text
cannot be searched, 2 usage error.</translation>
    </message>
    <message>
        <source>Missing the sub-command: list, search or check.</source>
        <translation>Missing the sub-command: list, search or check.</translation>
    </message>
    <message>
        <source>Unknown sub-command. Use list, search or check.</source>
        <translation>Unknown sub-command. Use list, search or check.</translation>
    </message>
    <message>
        <source>Missing the text to search for.</source>
        <translation>Missing the text to search for.</translation>
    </message>
    <message>
        <source>Give the search text as one argument, in quotes.</source>
        <translation>Give the search text as one argument, in quotes.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 20.</source>
        <translation>The limit must be a whole number from 1 to 20.</translation>
    </message>
</context>
<context>
    <name>branch::CheckedAnswers</name>
    <message>
        <source>Missing the service id.</source>
        <translation>Missing the service id.</translation>
    </message>
    <message>
        <source>Give exactly one service id.</source>
        <translation>Give exactly one service id.</translation>
    </message>
    <message>
        <source>Missing --data &lt;file.json&gt;.</source>
        <translation>Missing --data &lt;file.json&gt;.</translation>
    </message>
</context>
<context>
    <name>branch::Dispatcher</name>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command. Run "branchctl help" for the list of commands.</source>
        <translation>Unknown command. Run "branchctl help" for the list of commands.</translation>
    </message>
    <message>
        <source>Usage: branchctl [--lang zh_CN|en] &lt;command&gt; [arguments]</source>
        <translation>Usage: branchctl [--lang zh_CN|en] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command</source>
        <translation>Show this help, or the help of one command</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Show the version</translation>
    </message>
    <message>
        <source>Exit codes: 0 success or valid, 1 invalid, 2 usage error, 3 failure, 4 needs confirmation.</source>
        <translation>Exit codes: 0 success or valid, 1 invalid, 2 usage error, 3 failure, 4 needs confirmation.</translation>
    </message>
</context>
<context>
    <name>branch::FormCommand</name>
    <message>
        <source>Check a file of form answers against a service's form</source>
        <translation>Check a file of form answers against a service's form</translation>
    </message>
    <message>
        <source>Usage: branchctl form validate &lt;service-id&gt; --data &lt;file.json&gt; [--json]

  --data  a JSON object of field ids and values, as the kiosk's form holds them
  --json  print one line: {"service":...,"valid":...,"errors":[...]}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</source>
        <translation>Usage: branchctl form validate &lt;service-id&gt; --data &lt;file.json&gt; [--json]

  --data  a JSON object of field ids and values, as the kiosk's form holds them
  --json  print one line: {"service":...,"valid":...,"errors":[...]}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run "branchctl help form".</source>
        <translation>Unknown or incomplete option %1. Run "branchctl help form".</translation>
    </message>
    <message>
        <source>Use "branchctl form validate".</source>
        <translation>Use "branchctl form validate".</translation>
    </message>
    <message>
        <source>%1: the answers are valid.</source>
        <translation>%1: the answers are valid.</translation>
    </message>
</context>
<context>
    <name>branch::FormController</name>
    <message>
        <source>No fee is charged for this service.</source>
        <translation>No fee is charged for this service.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>You enter the amount, from %1 to %2.</source>
        <translation>You enter the amount, from %1 to %2.</translation>
    </message>
    <message>
        <source>The amount is looked up from your bill with your account number.</source>
        <translation>The amount is looked up from your bill with your account number.</translation>
    </message>
    <message>
        <source>Staff will check your ID card before your request is processed.</source>
        <translation>Staff will check your ID card before your request is processed.</translation>
    </message>
    <message>
        <source>Large amounts need a staff member's approval.</source>
        <translation>Large amounts need a staff member's approval.</translation>
    </message>
    <message>
        <source>Payment is not taken at this screen: pay at the counter with your receipt number.</source>
        <translation>Payment is not taken at this screen: pay at the counter with your receipt number.</translation>
    </message>
    <message>
        <source>Please sign in the box before you submit.</source>
        <translation>Please sign in the box before you submit.</translation>
    </message>
    <message>
        <source>Requests cannot be saved at this counter right now. Please ask at the service desk.</source>
        <translation>Requests cannot be saved at this counter right now. Please ask at the service desk.</translation>
    </message>
    <message>
        <source>The amount could not be worked out. Please ask at the service desk.</source>
        <translation>The amount could not be worked out. Please ask at the service desk.</translation>
    </message>
    <message>
        <source>BranchSuite Bank</source>
        <translation>BranchSuite Bank</translation>
    </message>
    <message>
        <source>Self-service counter</source>
        <translation>Self-service counter</translation>
    </message>
</context>
<context>
    <name>branch::FormInput</name>
    <message>
        <source>No service has this id. Run "branchctl catalog list" to see them.</source>
        <translation>No service has this id. Run "branchctl catalog list" to see them.</translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation>The data file cannot be read.</translation>
    </message>
    <message>
        <source>The data file is too large for a form.</source>
        <translation>The data file is too large for a form.</translation>
    </message>
    <message>
        <source>The data file is not valid JSON.</source>
        <translation>The data file is not valid JSON.</translation>
    </message>
    <message>
        <source>The data file must hold one JSON object of field ids and values.</source>
        <translation>The data file must hold one JSON object of field ids and values.</translation>
    </message>
</context>
<context>
    <name>branch::Kiosk</name>
    <message>
        <source>The kiosk screen could not be created.</source>
        <translation>The kiosk screen could not be created.</translation>
    </message>
</context>
<context>
    <name>branch::LanguageOption</name>
    <message>
        <source>Unsupported language. Use --lang %1.</source>
        <translation>Unsupported language. Use --lang %1.</translation>
    </message>
</context>
<context>
    <name>branch::SearchQuery</name>
    <message>
        <source>Type or say what you would like to do.</source>
        <translation>Type or say what you would like to do.</translation>
    </message>
    <message>
        <source>That is too long to search. Please use a few words.</source>
        <translation>That is too long to search. Please use a few words.</translation>
    </message>
    <message>
        <source>The search text contains characters that cannot be searched.</source>
        <translation>The search text contains characters that cannot be searched.</translation>
    </message>
    <message>
        <source>Please describe the service in words.</source>
        <translation>Please describe the service in words.</translation>
    </message>
</context>
<context>
    <name>branch::ShellController</name>
    <message>
        <source>Service "%1" was not found. Please choose a service below.</source>
        <translation>Service "%1" was not found. Please choose a service below.</translation>
    </message>
    <message>
        <source>The local records were damaged and have been set aside for staff. A new record file was started; please tell the service desk.</source>
        <translation>The local records were damaged and have been set aside for staff. A new record file was started; please tell the service desk.</translation>
    </message>
    <message>
        <source>This function is not available at this counter yet. Please ask at the service desk.</source>
        <translation>This function is not available at this counter yet. Please ask at the service desk.</translation>
    </message>
</context>
<context>
    <name>branch::SubmitCommand</name>
    <message>
        <source>Store a service request from a file of answers, as the kiosk does</source>
        <translation>Store a service request from a file of answers, as the kiosk does</translation>
    </message>
    <message>
        <source>Usage: branchctl submit &lt;service-id&gt; --data &lt;file.json&gt; [--database &lt;path&gt;]
                        [--kiosk-code &lt;code&gt;] [--accept-warnings] [--json]

  --data             a JSON object of field ids and values
  --database         the kiosk database (default: %1)
  --kiosk-code       first part of the receipt number (default: %2)
  --accept-warnings  store answers that only need confirmation
  --json             print one line: {"service":...,"receipt":...}

Exit codes: 0 stored, 1 invalid, 4 needs confirmation, 2 usage error, 3 store failure.</source>
        <translation>Usage: branchctl submit &lt;service-id&gt; --data &lt;file.json&gt; [--database &lt;path&gt;]
                        [--kiosk-code &lt;code&gt;] [--accept-warnings] [--json]

  --data             a JSON object of field ids and values
  --database         the kiosk database (default: %1)
  --kiosk-code       first part of the receipt number (default: %2)
  --accept-warnings  store answers that only need confirmation
  --json             print one line: {"service":...,"receipt":...}

Exit codes: 0 stored, 1 invalid, 4 needs confirmation, 2 usage error, 3 store failure.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run "branchctl help submit".</source>
        <translation>Unknown or incomplete option %1. Run "branchctl help submit".</translation>
    </message>
    <message>
        <source>A kiosk code is 2 to 12 upper-case letters and digits.</source>
        <translation>A kiosk code is 2 to 12 upper-case letters and digits.</translation>
    </message>
    <message>
        <source>The amount could not be worked out.</source>
        <translation>The amount could not be worked out.</translation>
    </message>
    <message>
        <source>Stored. Receipt number: %1</source>
        <translation>Stored. Receipt number: %1</translation>
    </message>
</context>
<context>
    <name>branch::ValidateCommand</name>
    <message>
        <source>Check a resident ID, credit code, bank card or mobile number</source>
        <translation>Check a resident ID, credit code, bank card or mobile number</translation>
    </message>
    <message>
        <source>Usage: branchctl validate &lt;id|uscc|card|mobile&gt; &lt;value&gt; [--json]

  --json  print one JSON line: {"kind":...,"status":...,"reason":...}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</source>
        <translation>Usage: branchctl validate &lt;id|uscc|card|mobile&gt; &lt;value&gt; [--json]

  --json  print one JSON line: {"kind":...,"status":...,"reason":...}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</translation>
    </message>
    <message>
        <source>Unknown option. Run "branchctl help validate".</source>
        <translation>Unknown option. Run "branchctl help validate".</translation>
    </message>
    <message>
        <source>Missing the kind of value: id, uscc, card or mobile.</source>
        <translation>Missing the kind of value: id, uscc, card or mobile.</translation>
    </message>
    <message>
        <source>Unknown kind of value. Use id, uscc, card or mobile.</source>
        <translation>Unknown kind of value. Use id, uscc, card or mobile.</translation>
    </message>
    <message>
        <source>Missing the value to check.</source>
        <translation>Missing the value to check.</translation>
    </message>
    <message>
        <source>Too many arguments. Quote a value that contains spaces.</source>
        <translation>Too many arguments. Quote a value that contains spaces.</translation>
    </message>
    <message>
        <source>%1: valid.</source>
        <translation>%1: valid.</translation>
    </message>
    <message>
        <source>%1: needs confirmation. %2 (%3)</source>
        <translation>%1: needs confirmation. %2 (%3)</translation>
    </message>
    <message>
        <source>%1: invalid. %2 (%3)</source>
        <translation>%1: invalid. %2 (%3)</translation>
    </message>
</context>
<context>
    <name>branch::Validation</name>
    <message>
        <source>Resident ID number</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>Bank card number</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>The value is valid.</source>
        <translation>The value is valid.</translation>
    </message>
    <message>
        <source>Please enter a value.</source>
        <translation>Please enter a value.</translation>
    </message>
    <message>
        <source>The value has too many characters.</source>
        <translation>The value has too many characters.</translation>
    </message>
    <message>
        <source>The value has too few characters.</source>
        <translation>The value has too few characters.</translation>
    </message>
    <message>
        <source>Full-width characters are not accepted. Please switch the keyboard to half-width.</source>
        <translation>Full-width characters are not accepted. Please switch the keyboard to half-width.</translation>
    </message>
    <message>
        <source>Please remove the spaces from the value.</source>
        <translation>Please remove the spaces from the value.</translation>
    </message>
    <message>
        <source>The value contains characters that are not allowed.</source>
        <translation>The value contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>15-digit ID numbers are no longer accepted. Please use the 18-digit number.</source>
        <translation>15-digit ID numbers are no longer accepted. Please use the 18-digit number.</translation>
    </message>
    <message>
        <source>The first two digits are not a valid province code.</source>
        <translation>The first two digits are not a valid province code.</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is not a real date.</source>
        <translation>The date of birth in the ID number is not a real date.</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is before 1900.</source>
        <translation>The date of birth in the ID number is before 1900.</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is in the future.</source>
        <translation>The date of birth in the ID number is in the future.</translation>
    </message>
    <message>
        <source>The check character does not match. Please check the number.</source>
        <translation>The check character does not match. Please check the number.</translation>
    </message>
    <message>
        <source>The first character is not a valid registration authority code.</source>
        <translation>The first character is not a valid registration authority code.</translation>
    </message>
    <message>
        <source>The second character is not a valid organisation category.</source>
        <translation>The second character is not a valid organisation category.</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be a numeric region code.</source>
        <translation>Characters 3 to 8 must be a numeric region code.</translation>
    </message>
    <message>
        <source>This card number looks unusual. Please confirm it is correct.</source>
        <translation>This card number looks unusual. Please confirm it is correct.</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19.</source>
        <translation>A mainland mobile number starts with 13 to 19.</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted.</source>
        <translation>Only mainland China numbers (+86) are accepted.</translation>
    </message>
    <message>
        <source>The amount is not a well-formed number.</source>
        <translation>The amount is not a well-formed number.</translation>
    </message>
    <message>
        <source>Thousands separators must separate groups of three digits.</source>
        <translation>Thousands separators must separate groups of three digits.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>An amount has at most two decimal places.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Amounts in different currencies cannot be combined.</translation>
    </message>
    <message>
        <source>The currency code is not valid.</source>
        <translation>The currency code is not valid.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>The value is not valid.</translation>
    </message>
</context>
</TS>
