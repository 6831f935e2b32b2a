<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Housing fund</source>
        <translation>住房公积金</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Social security card</source>
        <translation>社保卡</translation>
    </message>
    <message>
        <source>Pension &amp; employment</source>
        <translation>养老与就业</translation>
    </message>
    <message>
        <source>Start-up &amp; business</source>
        <translation>创业与经营</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>生活缴费</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交通出行</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>法院诉讼</translation>
    </message>
    <message>
        <source>Elderly services</source>
        <translation>为老服务</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>其他政务</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>银行业务</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>呼叫人工</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>No services are available in this category yet.</source>
        <translation>该类别暂无可办理的业务。</translation>
    </message>
    <message>
        <source>Back to all services</source>
        <translation>返回全部业务</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>BranchSuite self-service kiosk</source>
        <translation>智能柜台自助服务终端</translation>
    </message>
    <message>
        <source>Open the service with this id.</source>
        <translation>直接打开指定编号的业务。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Start in care mode.</source>
        <translation>以关怀模式启动。</translation>
    </message>
    <message>
        <source>Start in this language: zh_CN or en.</source>
        <translation>以指定语言启动：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Exit once the first frame is shown (start-up check).</source>
        <translation>显示第一帧后退出（启动检查）。</translation>
    </message>
    <message>
        <source>Path of the kiosk database.</source>
        <translation>终端数据库的路径。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Seconds without input before the session is cleared.</source>
        <translation>无操作多少秒后清除本次会话。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Fill the whole screen.</source>
        <translation>全屏显示。</translation>
    </message>
    <message>
        <source>Invalid command line: %1</source>
        <translation>命令行参数无效：%1</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown language "%1". Use zh_CN or en.</source>
        <translation>不支持的语言“%1”，请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The service id must not be empty.</source>
        <translation>业务编号不能为空。</translation>
    </message>
    <message>
        <source>The database path must not be empty.</source>
        <translation>数据库路径不能为空。</translation>
    </message>
    <message>
        <source>Invalid idle timeout "%1": give a whole number of seconds from 1 to 86400.</source>
        <translation>空闲超时“%1”无效：请填写 1 到 86400 之间的整数秒。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Please choose a service</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <source>Government &amp; livelihood services</source>
        <translation>民生政务</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>金融服务</translation>
    </message>
    <message>
        <source>At this counter</source>
        <translation>本机服务</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n second(s) and what you entered will be cleared.</source>
        <translation><numerusform>为保护您的隐私，本次服务将在 %n 秒后结束，已填写的内容将被清除。</numerusform></translation>
    </message>
    <message>
        <source>End now</source>
        <translation>立即结束</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>BranchSuite</source>
        <translation>智能柜台</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The local database is not open.</source>
        <translation>本地数据库未打开。</translation>
    </message>
    <message>
        <source>The local database could not be opened.</source>
        <translation>无法打开本地数据库。</translation>
    </message>
    <message>
        <source>The local database could not be configured for safe storage.</source>
        <translation>无法为本地数据库启用安全存储设置。</translation>
    </message>
    <message>
        <source>The local database was damaged. It has been set aside for inspection and a new one was started.</source>
        <translation>本地数据库已损坏，已另行保存以供检查，并已启用新的数据库。</translation>
    </message>
    <message>
        <source>The local database is damaged and could not be set aside.</source>
        <translation>本地数据库已损坏，且无法另行保存。</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of this application.</source>
        <translation>本地数据库由更新版本的程序写入，当前版本无法使用。</translation>
    </message>
    <message>
        <source>The database file belongs to another application.</source>
        <translation>该数据库文件属于其他应用程序。</translation>
    </message>
    <message>
        <source>A database upgrade that was already applied has since been changed.</source>
        <translation>已执行过的数据库升级脚本被修改过。</translation>
    </message>
    <message>
        <source>The local database could not be upgraded.</source>
        <translation>本地数据库升级失败。</translation>
    </message>
    <message>
        <source>The database upgrade files are incomplete or misnamed.</source>
        <translation>数据库升级文件不完整或命名有误。</translation>
    </message>
    <message>
        <source>The local database is busy. Please try again.</source>
        <translation>本地数据库正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>The submission is incomplete or malformed and was not stored.</source>
        <translation>提交的内容不完整或格式有误，未予保存。</translation>
    </message>
    <message>
        <source>No more receipt numbers are available today. Please ask staff for help.</source>
        <translation>今日回单编号已用尽，请联系工作人员。</translation>
    </message>
    <message>
        <source>The submission data could not be protected or read back.</source>
        <translation>提交的数据无法加密保护或读取。</translation>
    </message>
    <message>
        <source>A local database operation failed.</source>
        <translation>本地数据库操作失败。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Smart Service Counter</source>
        <translation>智能服务柜台</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Care mode</source>
        <translation>关怀模式</translation>
    </message>
</context>
<context>
    <name>branch::Dispatcher</name>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command. Run "branchctl help" for the list of commands.</source>
        <translation>未知命令。运行“branchctl help”查看命令列表。</translation>
    </message>
    <message>
        <source>Usage: branchctl [--lang zh_CN|en] &lt;command&gt; [arguments]</source>
        <translation>用法：branchctl [--lang zh_CN|en] &lt;命令&gt; [参数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command</source>
        <translation>显示本帮助，或某个命令的帮助</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Exit codes: 0 success or valid, 1 invalid, 2 usage error, 3 failure, 4 needs confirmation.</source>
        <translation>退出码：0 成功或有效，1 无效，2 用法错误，3 执行失败，4 需要确认。</translation>
    </message>
</context>
<context>
    <name>branch::Kiosk</name>
    <message>
        <source>The kiosk screen could not be created.</source>
        <translation>无法创建终端界面。</translation>
    </message>
</context>
<context>
    <name>branch::LanguageOption</name>
    <message>
        <source>Unsupported language. Use --lang %1.</source>
        <translation>不支持该语言，请使用 --lang %1。</translation>
    </message>
</context>
<context>
    <name>branch::ShellController</name>
    <message>
        <source>Service "%1" was not found. Please choose a service below.</source>
        <translation>未找到业务“%1”，请在下方选择业务。</translation>
    </message>
    <message>
        <source>The local records were damaged and have been set aside for staff. A new record file was started; please tell the service desk.</source>
        <translation>本地记录已损坏，已另行保存供工作人员检查，并已启用新的记录文件；请告知服务台。</translation>
    </message>
    <message>
        <source>This function is not available at this counter yet. Please ask at the service desk.</source>
        <translation>本机暂不支持该功能，请到服务台咨询。</translation>
    </message>
</context>
<context>
    <name>branch::ValidateCommand</name>
    <message>
        <source>Check a resident ID, credit code, bank card or mobile number</source>
        <translation>校验居民身份证号、统一社会信用代码、银行卡号或手机号</translation>
    </message>
    <message>
        <source>Usage: branchctl validate &lt;id|uscc|card|mobile&gt; &lt;value&gt; [--json]

  --json  print one JSON line: {"kind":...,"status":...,"reason":...}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</source>
        <translation>用法：branchctl validate &lt;id|uscc|card|mobile&gt; &lt;值&gt; [--json]

  --json  输出一行 JSON：{"kind":...,"status":...,"reason":...}

退出码：0 有效，1 无效，4 需要确认，2 用法错误。</translation>
    </message>
    <message>
        <source>Unknown option. Run "branchctl help validate".</source>
        <translation>未知选项。运行“branchctl help validate”查看用法。</translation>
    </message>
    <message>
        <source>Missing the kind of value: id, uscc, card or mobile.</source>
        <translation>缺少校验类型：id、uscc、card 或 mobile。</translation>
    </message>
    <message>
        <source>Unknown kind of value. Use id, uscc, card or mobile.</source>
        <translation>未知的校验类型，请使用 id、uscc、card 或 mobile。</translation>
    </message>
    <message>
        <source>Missing the value to check.</source>
        <translation>缺少要校验的值。</translation>
    </message>
    <message>
        <source>Too many arguments. Quote a value that contains spaces.</source>
        <translation>参数过多。含空格的值请加引号。</translation>
    </message>
    <message>
        <source>%1: valid.</source>
        <translation>%1：有效。</translation>
    </message>
    <message>
        <source>%1: needs confirmation. %2 (%3)</source>
        <translation>%1：需要确认。%2（%3）</translation>
    </message>
    <message>
        <source>%1: invalid. %2 (%3)</source>
        <translation>%1：无效。%2（%3）</translation>
    </message>
</context>
<context>
    <name>branch::Validation</name>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>The value is valid.</source>
        <translation>校验通过。</translation>
    </message>
    <message>
        <source>Please enter a value.</source>
        <translation>请输入内容。</translation>
    </message>
    <message>
        <source>The value has too many characters.</source>
        <translation>输入的字符过多。</translation>
    </message>
    <message>
        <source>The value has too few characters.</source>
        <translation>输入的字符过少。</translation>
    </message>
    <message>
        <source>Full-width characters are not accepted. Please switch the keyboard to half-width.</source>
        <translation>不接受全角字符，请将键盘切换为半角。</translation>
    </message>
    <message>
        <source>Please remove the spaces from the value.</source>
        <translation>请去掉其中的空格。</translation>
    </message>
    <message>
        <source>The value contains characters that are not allowed.</source>
        <translation>含有不允许的字符。</translation>
    </message>
    <message>
        <source>15-digit ID numbers are no longer accepted. Please use the 18-digit number.</source>
        <translation>15 位身份证号码已停止使用，请填写 18 位号码。</translation>
    </message>
    <message>
        <source>The first two digits are not a valid province code.</source>
        <translation>前两位不是有效的省级行政区划代码。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is before 1900.</source>
        <translation>身份证号码中的出生日期早于 1900 年。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is in the future.</source>
        <translation>身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The check character does not match. Please check the number.</source>
        <translation>校验位不符，请核对号码。</translation>
    </message>
    <message>
        <source>The first character is not a valid registration authority code.</source>
        <translation>第一位不是有效的登记管理部门代码。</translation>
    </message>
    <message>
        <source>The second character is not a valid organisation category.</source>
        <translation>第二位不是有效的机构类别代码。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be a numeric region code.</source>
        <translation>第 3 至 8 位必须是数字形式的行政区划代码。</translation>
    </message>
    <message>
        <source>This card number looks unusual. Please confirm it is correct.</source>
        <translation>该卡号校验异常，请确认卡号无误。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19.</source>
        <translation>内地手机号码应以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted.</source>
        <translation>仅支持中国内地手机号码（+86）。</translation>
    </message>
    <message>
        <source>The amount is not a well-formed number.</source>
        <translation>金额格式不正确。</translation>
    </message>
    <message>
        <source>Thousands separators must separate groups of three digits.</source>
        <translation>千位分隔符须每三位数字分隔一次。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>金额最多保留两位小数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>不同币种的金额不能合并计算。</translation>
    </message>
    <message>
        <source>The currency code is not valid.</source>
        <translation>币种代码无效。</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>输入内容无效。</translation>
    </message>
</context>
</TS>
