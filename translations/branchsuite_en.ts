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
    <name>Main</name>
    <message>
        <source>BranchSuite</source>
        <translation>BranchSuite</translation>
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
