<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuthorizeView</name>
    <message>
        <source>%1 of %2 needs a supervisor&apos;s authorization. Please wait for a staff member.</source>
        <translation>%1（%2）需要主管授权。请稍候，工作人员马上就到。</translation>
    </message>
    <message>
        <source>Staff authorization needed</source>
        <translation>需要主管授权</translation>
    </message>
    <message>
        <source>%1 of %2 is above the amount this kiosk may accept alone. A supervisor must authorize it here; please wait, a staff member is on the way.</source>
        <translation>%1（%2）超出本机可自行受理的金额，须由主管在此授权。请稍候，工作人员正在赶来。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff id</source>
        <translation>主管员工号</translation>
    </message>
    <message>
        <source>e.g. S0042</source>
        <translation>例如 S0042</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密码或 PIN</translation>
    </message>
    <message>
        <source>Checking with the bank…</source>
        <translation>正在向银行核验…</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BillLookupResult</name>
    <message>
        <source>This biller is not available at this branch.</source>
        <translation>本网点暂不支持该收费单位。</translation>
    </message>
    <message>
        <source>No account with this number was found. Please check the number on your bill.</source>
        <translation>未找到该户号，请核对账单上的号码。</translation>
    </message>
    <message>
        <source>There is nothing to pay on this account right now.</source>
        <translation>该户号目前没有待缴费用。</translation>
    </message>
    <message>
        <source>This number does not have the right format for this biller.</source>
        <translation>该号码不符合此收费单位的格式。</translation>
    </message>
    <message>
        <source>The bill could not be looked up.</source>
        <translation>无法查询账单。</translation>
    </message>
</context>
<context>
    <name>CareHome</name>
    <message>
        <source>Services you may need</source>
        <translation>您可能需要的服务</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
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
    <message>
        <source>Scan my code</source>
        <translation>扫码取预填</translation>
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
    <message>
        <source>%1. Please choose a service.</source>
        <translation>%1。请选择业务。</translation>
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
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use zh_CN or en.</source>
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
        <source>Invalid idle timeout &quot;%1&quot;: give a whole number of seconds from 1 to 86400.</source>
        <translation>空闲超时“%1”无效：请填写 1 到 86400 之间的整数秒。</translation>
    </message>
    <message>
        <source>DEVELOPMENT ONLY: keep the keys that protect personal data as files in this directory instead of the system keychain.</source>
        <translation>仅限开发：将保护个人信息的密钥以文件形式保存在此目录中，而不是系统密钥环中。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The development secrets directory must not be empty.</source>
        <translation>开发用机密目录不能为空。</translation>
    </message>
    <message>
        <source>Address of branch-core (https), instead of the enrolled one.</source>
        <translation>branch-core 的地址（https），代替注册时保存的地址。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>CA certificate (PEM) that core&apos;s certificate must be signed by.</source>
        <translation>核心系统证书必须由其签发的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Invalid core address &quot;%1&quot;: give an https:// URL, e.g. https://127.0.0.1:8443.</source>
        <translation>核心系统地址“%1”无效：请填写 https:// 地址，例如 https://127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>CA 文件“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <source>Camera to scan with: a V4L2 device (/dev/video0, the default when present), a video file, a folder of images, or none.</source>
        <translation>用于扫码的摄像头：V4L2 设备（/dev/video0，存在时为默认值）、视频文件、图片文件夹，或 none（不用摄像头）。</translation>
    </message>
    <message>
        <source>device|file|folder</source>
        <translation>设备|文件|文件夹</translation>
    </message>
    <message>
        <source>There is no camera, video file or folder at &quot;%1&quot;. Give a device such as /dev/video0, a video file, a folder of images, or none.</source>
        <translation>“%1”处没有摄像头、视频文件或文件夹。请填写设备（如 /dev/video0）、视频文件、图片文件夹，或 none。</translation>
    </message>
    <message>
        <source>CUPS queue of the receipt printer (default: CUPS&apos;s default destination, if any).</source>
        <translation>凭条打印机的 CUPS 队列（默认：CUPS 的默认打印目标，如有）。</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Print to a simulated printer in this condition, for demos: %1.</source>
        <translation>打印到处于该状态的模拟打印机（用于演示）：%1。</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Give either --printer or --printer-simulator, not both.</source>
        <translation>请只给出 --printer 或 --printer-simulator 之一，不能同时给出。</translation>
    </message>
    <message>
        <source>Invalid printer queue &quot;%1&quot;: a CUPS queue name has no spaces, &quot;/&quot;, &quot;#&quot;, &quot;?&quot; or quotes.</source>
        <translation>打印机队列“%1”无效：CUPS 队列名称不能含空格、“/”、“#”、“?”或引号。</translation>
    </message>
    <message>
        <source>Unknown printer condition &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知的打印机状态“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Resident ID card reader: simulator (the default, with demo cards), simulator:FOLDER, vendor:LIBRARY[@PORT] (a vendor&apos;s reader through its shim library), or none.</source>
        <translation>居民身份证阅读器：simulator（默认，使用演示卡）、simulator:文件夹、vendor:库文件[@端口]（通过厂商适配库使用厂商阅读器），或 none（不用阅读器）。</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>阅读器</translation>
    </message>
    <message>
        <source>Unknown ID card reader &quot;%1&quot;. Use simulator, simulator:FOLDER, vendor:LIBRARY[@PORT] or none.</source>
        <translation>未知的身份证阅读器“%1”。请使用 simulator、simulator:文件夹、vendor:库文件[@端口] 或 none。</translation>
    </message>
    <message>
        <source>There is no folder of demo ID cards at &quot;%1&quot;.</source>
        <translation>“%1”处没有演示身份证文件夹。</translation>
    </message>
    <message>
        <source>There is no ID card reader library at &quot;%1&quot;.</source>
        <translation>“%1”处没有身份证阅读器库文件。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s voice: speechd (speech-dispatcher, the default when installed) or off (silent).</source>
        <translation>自助终端的语音：speechd（speech-dispatcher，已安装时为默认）或 off（静音）。</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Unknown voice &quot;%1&quot;. Use speechd or off.</source>
        <translation>未知的语音“%1”。请使用 speechd 或 off。</translation>
    </message>
    <message>
        <source>The speechd voice is not installed (Qt TextToSpeech&apos;s speech-dispatcher plugin). Install qt6-speech-speechd-plugin, or use --speech off.</source>
        <translation>未安装 speechd 语音（Qt TextToSpeech 的 speech-dispatcher 插件）。请安装 qt6-speech-speechd-plugin，或使用 --speech off。</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill this in.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This form has no such field.</source>
        <translation>此表单没有该字段。</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind.</source>
        <translation>此项内容类型不正确。</translation>
    </message>
    <message>
        <source>The text is not in the expected format.</source>
        <translation>文字格式不符合要求。</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>The value is below the minimum.</source>
        <translation>数值低于下限。</translation>
    </message>
    <message>
        <source>The value is above the maximum.</source>
        <translation>数值超过上限。</translation>
    </message>
    <message>
        <source>The date is earlier than allowed.</source>
        <translation>日期早于允许的范围。</translation>
    </message>
    <message>
        <source>The date is later than allowed.</source>
        <translation>日期晚于允许的范围。</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>请选择其中一项。</translation>
    </message>
    <message>
        <source>Too many files have been added.</source>
        <translation>添加的文件过多。</translation>
    </message>
    <message>
        <source>The attachment could not be recognised. Please add it again.</source>
        <translation>无法识别该附件，请重新添加。</translation>
    </message>
    <message>
        <source>The same file has been added twice.</source>
        <translation>同一文件已重复添加。</translation>
    </message>
    <message>
        <source>Please read and agree to this statement to continue.</source>
        <translation>请阅读并同意以下声明后继续。</translation>
    </message>
    <message>
        <source>This answer does not fit with another answer.</source>
        <translation>此项与其他填写内容不一致。</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters; you entered %3.</source>
        <translation>%1至少%2个字，您输入了%3个</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; you entered %3.</source>
        <translation>%1最多%2个字，您输入了%3个</translation>
    </message>
    <message>
        <source>Please type only letters, digits and punctuation: the text contains control characters.</source>
        <translation>请只输入文字、数字和标点：其中含有控制字符。</translation>
    </message>
    <message>
        <source>Please enter it as described: %1</source>
        <translation>请按说明填写：%1</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1不低于 %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1不高于 %2</translation>
    </message>
    <message>
        <source>Date format: %1</source>
        <translation>日期格式：%1</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>日期不能早于 %1</translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation>日期不能晚于 %1</translation>
    </message>
    <message>
        <source>The amount must be a whole number of fen.</source>
        <translation>金额必须是整数分。</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Photos cannot be taken at this screen yet. Please show the original to staff at the counter.</source>
        <translation>本屏幕暂不能拍照，请到柜台向工作人员出示原件。</translation>
    </message>
    <message>
        <source>I will show the original to staff</source>
        <translation>我将向工作人员出示原件</translation>
    </message>
    <message>
        <source>This second signature is taken on paper by staff at the counter.</source>
        <translation>第二个签名由工作人员在柜台以纸质方式采集。</translation>
    </message>
    <message>
        <source>It is correct</source>
        <translation>确认无误</translation>
    </message>
    <message>
        <source>The photo you took on your phone. Please check that it shows the whole document.</source>
        <translation>这是您在手机上拍摄的照片，请确认拍全了整份材料。</translation>
    </message>
    <message>
        <source>Photo of the document, from your phone</source>
        <translation>材料照片（手机拍摄）</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Your code was read, and your answers from your phone are filled in. %1. %2. Please check each answer.</source>
        <translation>已读取您的二维码，您在手机上填写的内容已填入。%1。%2。请逐项核对。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Payee: %1</source>
        <translation>收款单位：%1</translation>
    </message>
    <message>
        <source>Account holder: %1</source>
        <translation>户名：%1</translation>
    </message>
    <message>
        <source>Your answers from the phone are filled in. Please check each page before you sign.</source>
        <translation>已按您在手机上的填写自动填好，签名前请逐页核对。</translation>
    </message>
</context>
<context>
    <name>FraudWarning</name>
    <message>
        <source>Please stop. This may be a scam. %1 Do not send money to someone you have not met because of a call or a message. You can wait and think it over, or ask a member of staff.</source>
        <translation>请先停一停，这可能是诈骗。%1 不要因为一个电话或一条消息，就给没见过面的人转钱。您可以等一等再想想，或者请工作人员帮忙。</translation>
    </message>
    <message>
        <source>Stop: this may be a scam</source>
        <translation>请停一下：这可能是诈骗</translation>
    </message>
    <message>
        <source>What you entered matches what scammers ask for:</source>
        <translation>您填写的内容与骗子常用的说法相符：</translation>
    </message>
    <message>
        <source>Nobody from the police, a court or the bank will ever ask you to send money here. If someone is telling you what to do on the phone now, hang up.</source>
        <translation>公安、法院和银行都不会让您在这里转钱。如果现在有人在电话里指挥您操作，请马上挂断。</translation>
    </message>
    <message>
        <source>You have waited. If you are sure, you may send the money now.</source>
        <translation>您已经等待过了。如果确定没有问题，现在可以转账。</translation>
    </message>
    <message numerus="yes">
        <source>Please take %n second(s) to think it over.</source>
        <translation>
            <numerusform>请花 %n 秒钟再想一想。</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>不转了</translation>
    </message>
    <message>
        <source>Wait, then decide myself</source>
        <translation>等一等，我自己决定</translation>
    </message>
    <message>
        <source>I am sure: send it</source>
        <translation>我确定，继续转账</translation>
    </message>
    <message>
        <source>A member of staff confirms</source>
        <translation>请工作人员确认</translation>
    </message>
    <message>
        <source>Talk to a remote teller</source>
        <translation>联系远程柜员</translation>
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
    <message>
        <source>Welcome. Please choose a service, or type what you need in the search box.</source>
        <translation>欢迎光临。请选择要办理的业务，或在搜索框中输入您要办的事。</translation>
    </message>
</context>
<context>
    <name>IdCardPanel</name>
    <message>
        <source>Read my ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止读卡</translation>
    </message>
    <message>
        <source>Switch to care mode (large text)</source>
        <translation>切换到关怀模式（大字）</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不用了</translation>
    </message>
    <message>
        <source>Reader simulator (demo): place a card</source>
        <translation>读卡器模拟（演示）：放置一张卡</translation>
    </message>
    <message>
        <source>Your ID card shows you are 65 or over. Would you like care mode, with large text and a voice that reads each step? Tap Switch to care mode.</source>
        <translation>您的身份证显示您已满65岁。需要关怀模式吗？关怀模式字大，并会朗读每一步。请点“切换到关怀模式（大字）”。</translation>
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
        <translation>
            <numerusform>为保护您的隐私，本次服务将在 %n 秒后结束，已填写的内容将被清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>End now</source>
        <translation>立即结束</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <source>Are you still there? Your session will end soon. Tap Continue to keep going.</source>
        <translation>您还在吗？本次服务即将结束。如需继续，请点“继续办理”。</translation>
    </message>
</context>
<context>
    <name>LookupView</name>
    <message>
        <source>Find my bill</source>
        <translation>查询我的账单</translation>
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
    <name>NumberPad</name>
    <message>
        <source>Decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>Dash</source>
        <translation>短横线</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>收起键盘</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <source>Pay %1 to %2</source>
        <translation>向%2支付 %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Save my request again</source>
        <translation>重新保存申请</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>取消付款</translation>
    </message>
    <message>
        <source>Card reader simulator (demo): insert a test card</source>
        <translation>读卡器模拟（演示）：插入一张测试卡</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>PinPadSimulator</name>
    <message>
        <source>PIN pad simulator (demo)</source>
        <translation>密码键盘模拟（演示）</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>已输入 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>PrefillScanPage</name>
    <message>
        <source>Scan my e-Tongban code</source>
        <translation>扫码取预填</translation>
    </message>
    <message>
        <source>Filled in on your phone? Show us the code and check your form here.</source>
        <translation>已在手机上填好？出示二维码，在这里核对表单即可。</translation>
    </message>
    <message>
        <source>Camera picture: hold your phone&apos;s QR code inside the frame</source>
        <translation>摄像头画面：请把手机上的二维码放在框内</translation>
    </message>
    <message>
        <source>Or type the 9-digit code</source>
        <translation>或输入9位数字码</translation>
    </message>
    <message>
        <source>e.g. 123 456 789</source>
        <translation>例如 123 456 789</translation>
    </message>
    <message>
        <source>The 9-digit code under your QR code</source>
        <translation>二维码下方的9位数字码</translation>
    </message>
    <message>
        <source>Open my form</source>
        <translation>打开我的表单</translation>
    </message>
    <message>
        <source>The 9-digit code</source>
        <translation>9位数字码</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>QwertyLayout</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>收起键盘</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>Switch between pinyin and English</source>
        <translation>切换拼音和英文</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>QR code of your receipt</source>
        <translation>回执二维码</translation>
    </message>
    <message>
        <source>Your request has been saved</source>
        <translation>您的申请已保存</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Keep this number. Staff can find your request with it or by scanning the code. A PDF copy of the receipt is kept at this counter.</source>
        <translation>请保留此编号。工作人员可凭编号或扫描二维码查到您的申请。本机已保存回执的 PDF 副本。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>您的回执</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>The receipt is missing its number or time.</source>
        <translation>回执缺少编号或时间。</translation>
    </message>
    <message>
        <source>The receipt&apos;s verification code could not be made.</source>
        <translation>无法生成回执验证码。</translation>
    </message>
    <message>
        <source>The receipt could not be saved.</source>
        <translation>无法保存回执。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>业务回执</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Scan to verify this receipt</source>
        <translation>扫码验证本回执</translation>
    </message>
    <message>
        <source>Keep this receipt until the transaction is confirmed.</source>
        <translation>请在业务确认前妥善保管本回执。</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>SalvageReportPage</name>
    <message>
        <source>Staff: damaged database recovered</source>
        <translation>工作人员：受损数据库已恢复</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search for a service</source>
        <translation>搜索业务</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Call staff</source>
        <translation>呼叫人工</translation>
    </message>
</context>
<context>
    <name>SecurityError</name>
    <message>
        <source>No system keychain is available, so personal data cannot be protected. Start the keychain service, or use the development option on a test machine only.</source>
        <translation>系统密钥环不可用，无法保护个人数据。请启动密钥环服务，或仅在测试机上使用开发选项。</translation>
    </message>
    <message>
        <source>The system keychain refused the request.</source>
        <translation>系统密钥环拒绝了该请求。</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>系统密钥环未及时响应。</translation>
    </message>
    <message>
        <source>The secret is not in the keychain.</source>
        <translation>系统密钥环中没有该机密信息。</translation>
    </message>
    <message>
        <source>The secret name is not valid.</source>
        <translation>机密信息名称无效。</translation>
    </message>
    <message>
        <source>The development secret file could not be read or written.</source>
        <translation>无法读写开发用机密文件。</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>The key that protects stored personal data is missing from the keychain. Stored data cannot be read until it is restored.</source>
        <translation>系统密钥环中缺少保护已存个人数据的密钥。恢复该密钥之前，已存数据无法读取。</translation>
    </message>
    <message>
        <source>The key that protects stored personal data is damaged.</source>
        <translation>保护已存个人数据的密钥已损坏。</translation>
    </message>
    <message>
        <source>A stored data key could not be opened with the keychain&apos;s key.</source>
        <translation>无法用系统密钥环中的密钥解开已存储的数据密钥。</translation>
    </message>
    <message>
        <source>Key rotation stopped before it finished. All data stays readable; run it again.</source>
        <translation>密钥轮换未完成即已中止。所有数据仍可读取，请重新运行。</translation>
    </message>
    <message>
        <source>A security operation failed.</source>
        <translation>安全操作失败。</translation>
    </message>
    <message>
        <source>The key of the audit log is not in the keychain, so the audit log cannot be checked or extended.</source>
        <translation>审计日志的密钥不在钥匙串中，因此无法核验或追加审计日志。</translation>
    </message>
    <message>
        <source>The key of the audit log in the keychain is damaged.</source>
        <translation>钥匙串中的审计日志密钥已损坏。</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with core; run &quot;branchctl device enroll&quot;.</source>
        <translation>本机尚未在核心系统注册，请运行“branchctl device enroll”。</translation>
    </message>
    <message>
        <source>This kiosk was enrolled before core asked for device certificates. Enrol it again: &quot;branch-core device add ID&quot; on core, then &quot;branchctl device enroll&quot; here.</source>
        <translation>本机注册时核心系统尚未要求设备证书，请重新注册：先在核心系统运行“branch-core device add ID”，再在本机运行“branchctl device enroll”。</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPage</name>
    <message>
        <source>Who can use this service</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>请携带</translation>
    </message>
    <message>
        <source>(if it applies)</source>
        <translation>（如适用）</translation>
    </message>
    <message>
        <source>Fee or amount</source>
        <translation>费用或金额</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>温馨提示</translation>
    </message>
    <message>
        <source>This service cannot be completed at this screen yet. Please ask at the service desk.</source>
        <translation>本业务暂不能在本屏幕办结，请到服务台咨询。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>%1. Check what to bring, then press Start.</source>
        <translation>%1。请查看需要携带的材料，然后按“开始”。</translation>
    </message>
    <message>
        <source>%1. This service cannot be completed at this screen yet. Please ask at the service desk.</source>
        <translation>%1。本业务暂不能在本屏幕办结，请到服务台咨询。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature box: sign here with your finger</source>
        <translation>签名框：请用手指在此签名</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <source>By signing you confirm the answers you checked are correct.</source>
        <translation>签名即表示您确认所核对的内容准确无误。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: requests refused by core</source>
        <translation>工作人员：被核心系统拒绝的申请</translation>
    </message>
    <message>
        <source>Core has refused nothing.</source>
        <translation>核心系统没有拒绝任何申请。</translation>
    </message>
    <message>
        <source>Receipt %1, %2: %3</source>
        <translation>回执 %1，%2：%3</translation>
    </message>
    <message>
        <source>Receipt %1 · %2</source>
        <translation>回执 %1 · %2</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>恢复报告</translation>
    </message>
    <message>
        <source>Signed in (offline): %1</source>
        <translation>已登录（离线）：%1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Care mode for this customer</source>
        <translation>为此客户开启关怀模式</translation>
    </message>
</context>
<context>
    <name>StaffSignInPage</name>
    <message>
        <source>Staff: enter your password again</source>
        <translation>员工：请重新输入密码</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>员工登录</translation>
    </message>
    <message>
        <source>You were away for more than 15 minutes.</source>
        <translation>您已离开超过 15 分钟。</translation>
    </message>
    <message>
        <source>Sign in with your staff id and password or PIN.</source>
        <translation>请输入员工号和密码或 PIN 登录。</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>员工号</translation>
    </message>
    <message>
        <source>e.g. S0042</source>
        <translation>例如 S0042</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密码或 PIN</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
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
    <message>
        <source>The local database does not exist. Nothing was created.</source>
        <translation>本地数据库不存在。未创建任何文件。</translation>
    </message>
    <message>
        <source>The local database is damaged. It was left exactly as found; start the kiosk to set it aside and save what can be read.</source>
        <translation>本地数据库已损坏。文件保持原样未作改动；请启动自助机，将其移到一旁并保存仍可读取的内容。</translation>
    </message>
    <message>
        <source>The file is not a database. It was left exactly as found.</source>
        <translation>该文件不是数据库。文件保持原样未作改动。</translation>
    </message>
    <message>
        <source>The local database was written by an older version of this application. Start the kiosk to upgrade it.</source>
        <translation>本地数据库由本应用的旧版本写入。请启动自助机以完成升级。</translation>
    </message>
    <message>
        <source>No receipt number can be issued: this kiosk&apos;s record of receipt numbers is missing. Please ask staff for help.</source>
        <translation>无法生成回执编号：本机的回执编号记录缺失。请联系工作人员。</translation>
    </message>
    <message>
        <source>The record of receipt numbers beside the local database cannot be read.</source>
        <translation>本地数据库旁的回执编号记录无法读取。</translation>
    </message>
    <message>
        <source>The payment is already settled; it was not changed.</source>
        <translation>该笔付款已有结果，未作更改。</translation>
    </message>
    <message>
        <source>The kiosk has no record of this payment.</source>
        <translation>本机没有这笔付款的记录。</translation>
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
    <message>
        <source>Read it again</source>
        <translation>再读一遍</translation>
    </message>
    <message>
        <source>Read this page aloud again</source>
        <translation>把本页再读一遍</translation>
    </message>
</context>
<context>
    <name>branch::AuditAnchor</name>
    <message>
        <source>The audit anchor&apos;s signature is not valid: it was not issued by core.</source>
        <translation>审计锚点的签名无效：它不是由核心系统签发的。</translation>
    </message>
    <message>
        <source>The audit anchor was signed by a key other than the core key this kiosk trusts.</source>
        <translation>审计锚点的签名密钥不是本终端信任的核心系统密钥。</translation>
    </message>
    <message>
        <source>The audit anchor belongs to another device.</source>
        <translation>该审计锚点属于另一台设备。</translation>
    </message>
    <message>
        <source>The audit log is broken: it ends before rows that core has anchored (rows were cut off or deleted).</source>
        <translation>审计日志已被破坏：日志在核心系统已锚定的行之前就结束了（有行被截去或删除）。</translation>
    </message>
    <message>
        <source>The audit log is broken: a row that core has anchored now has another hash (the log was rewritten).</source>
        <translation>审计日志已被破坏：核心系统已锚定的一行现在的哈希值不同（日志被改写过）。</translation>
    </message>
    <message>
        <source>The audit anchor could not be checked.</source>
        <translation>无法核验审计锚点。</translation>
    </message>
</context>
<context>
    <name>branch::AuditCheck</name>
    <message>
        <source>The core address or CA file cannot be used.</source>
        <translation>核心系统地址或 CA 文件无法使用。</translation>
    </message>
    <message>
        <source>This kiosk holds an audit anchor that core does not know.</source>
        <translation>本终端持有一个核心系统并不知道的审计锚点。</translation>
    </message>
    <message>
        <source>Core could not be asked for the audit anchor (%1). Use --offline to check against the anchor this kiosk holds only.</source>
        <translation>无法向核心系统查询审计锚点（%1）。如只需对照本终端持有的锚点核验，请使用 --offline。</translation>
    </message>
    <message>
        <source>Core refused an audit anchor from this kiosk (%1): the audit log was altered.</source>
        <translation>核心系统拒绝了本终端的一个审计锚点（%1）：审计日志被改动过。</translation>
    </message>
    <message>
        <source>The audit log has no key yet, so a recomputed log cannot be told apart. It is keyed when the kiosk or branchctl next writes to it.</source>
        <translation>审计日志尚无密钥，因此无法识别被重新计算过的日志。终端或 branchctl 下次写入时会为其加上密钥。</translation>
    </message>
</context>
<context>
    <name>branch::AuditCommand</name>
    <message>
        <source>Check that the audit log has not been altered</source>
        <translation>检查审计日志是否被篡改</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help audit&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help audit”。</translation>
    </message>
    <message>
        <source>The only action is &quot;verify&quot;.</source>
        <translation>唯一可用的操作是“verify”。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) checked.</source>
        <translation>
            <numerusform>审计日志完好：已检查 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2 (%3)</source>
        <translation>审计日志在第 %1 行被破坏：%2（%3）</translation>
    </message>
    <message>
        <source>Usage: branchctl audit verify [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;] [--offline] [--json]

  --database  the kiosk database (default: %1)
  --dev-insecure-secrets  DEVELOPMENT ONLY: read the audit log&apos;s key from this directory
  --offline   check against the anchor this kiosk holds, without asking core
  --json      print one line: {&quot;status&quot;:...,&quot;rows&quot;:...,&quot;broken_row&quot;:...,&quot;reason&quot;:...,
              &quot;anchored&quot;:...,&quot;checked_against&quot;:&quot;core|held|none&quot;}

Checks the keyed hash chain, then that the log still holds the head core anchored.
Exit codes: 0 intact, 1 broken, 2 usage error, 3 database, keychain or core failure,
4 intact but not keyed yet.</source>
        <translation>用法：branchctl audit verify [--database &lt;路径&gt;] [--dev-insecure-secrets &lt;目录&gt;] [--offline] [--json]

  --database  终端数据库（默认：%1）
  --dev-insecure-secrets  仅限开发：从此目录读取审计日志的密钥
  --offline   只对照本终端持有的锚点核验，不询问核心系统
  --json      输出一行：{&quot;status&quot;:...,&quot;rows&quot;:...,&quot;broken_row&quot;:...,&quot;reason&quot;:...,
              &quot;anchored&quot;:...,&quot;checked_against&quot;:&quot;core|held|none&quot;}

先核验带密钥的哈希链，再核验日志仍包含核心系统锚定的链头。
退出码：0 完好，1 已被破坏，2 用法错误，3 数据库、钥匙串或核心系统故障，
4 完好但尚未加密钥。</translation>
    </message>
    <message>
        <source>It still holds the head anchored at row %1 (checked against %2).</source>
        <translation>日志仍包含在第 %1 行锚定的链头（对照%2核验）。</translation>
    </message>
    <message>
        <source>core</source>
        <translation>核心系统</translation>
    </message>
    <message>
        <source>the anchor this kiosk holds</source>
        <translation>本终端持有的锚点</translation>
    </message>
</context>
<context>
    <name>branch::AuditLog</name>
    <message>
        <source>The audit entry is incomplete and was not recorded.</source>
        <translation>审计条目不完整，未予记录。</translation>
    </message>
    <message>
        <source>The audit entry names a detail the audit log does not keep, and was not recorded.</source>
        <translation>审计条目含有审计日志不保存的明细项，未予记录。</translation>
    </message>
    <message>
        <source>A detail of the audit entry does not have the form of its kind, and the entry was not recorded.</source>
        <translation>审计条目的某项明细不符合其类型的格式，未予记录。</translation>
    </message>
    <message>
        <source>The audit entry was given a transaction that is not open.</source>
        <translation>审计条目指定的数据库事务未开启。</translation>
    </message>
    <message>
        <source>The audit log is broken: a row does not follow the one before it (removed or reordered rows).</source>
        <translation>审计日志已被破坏：某行与前一行不衔接（有行被删除或顺序被调换）。</translation>
    </message>
    <message>
        <source>The audit log is broken: a row was changed after it was written.</source>
        <translation>审计日志已被破坏：某行在写入后被修改。</translation>
    </message>
    <message>
        <source>The audit log is broken: rows are missing.</source>
        <translation>审计日志已被破坏：有行缺失。</translation>
    </message>
    <message>
        <source>The audit log is broken: its most recent rows are missing.</source>
        <translation>审计日志已被破坏：最近的若干行缺失。</translation>
    </message>
    <message>
        <source>The audit log is broken: a row was written or recomputed without the audit log&apos;s key.</source>
        <translation>审计日志已被破坏：有一行是在没有审计日志密钥的情况下写入或重新计算的。</translation>
    </message>
</context>
<context>
    <name>branch::CameraMessages</name>
    <message>
        <source>The camera %1 cannot be opened.</source>
        <translation>无法打开摄像头 %1。</translation>
    </message>
    <message>
        <source>The camera %1 stopped delivering pictures.</source>
        <translation>摄像头 %1 已停止输出画面。</translation>
    </message>
    <message>
        <source>The video file %1 cannot be played.</source>
        <translation>无法播放视频文件 %1。</translation>
    </message>
    <message>
        <source>The folder %1 holds no images to play.</source>
        <translation>文件夹 %1 中没有可播放的图片。</translation>
    </message>
    <message>
        <source>There is no camera, video file or folder at %1.</source>
        <translation>%1 处没有摄像头、视频文件或文件夹。</translation>
    </message>
    <message>
        <source>The video or folder %1 has been played to its end.</source>
        <translation>视频或文件夹 %1 已播放完毕。</translation>
    </message>
    <message>
        <source>The camera failed (%1).</source>
        <translation>摄像头出现故障（%1）。</translation>
    </message>
    <message>
        <source>The camera support of this kiosk is not installed (%1 is missing).</source>
        <translation>本机的摄像头支持组件未安装（缺少 %1）。</translation>
    </message>
</context>
<context>
    <name>branch::CatalogCommand</name>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help catalog&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help catalog”。</translation>
    </message>
    <message>
        <source>&quot;catalog list&quot; takes no arguments.</source>
        <translation>“catalog list”不接受参数。</translation>
    </message>
    <message>
        <source>Missing the catalog directory.</source>
        <translation>缺少业务目录。</translation>
    </message>
    <message>
        <source>Give exactly one catalog directory.</source>
        <translation>请只指定一个目录。</translation>
    </message>
    <message>
        <source>The catalog directory does not exist.</source>
        <translation>业务目录不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 项业务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n 个文件被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>List, search or check the catalog of services</source>
        <translation>列出、搜索或检查业务目录</translation>
    </message>
    <message>
        <source>Usage: branchctl catalog list [--json]
       branchctl catalog search &lt;text&gt; [--limit N] [--json]
       branchctl catalog check &lt;directory&gt;

  list    print every built-in service: id, kind, category and name
          --json  one line: {&quot;services&quot;:[{&quot;id&quot;:...,&quot;kind&quot;:...,&quot;category&quot;:...,&quot;name&quot;:{...}}]}
  search  find services as the kiosk&apos;s search box does, best first
          --limit  at most N results, 1 to 20 (default 5)
          --json   one line: {&quot;results&quot;:[{&quot;id&quot;:...,&quot;score&quot;:...}]}
  check   load &lt;directory&gt; (categories.json and services/) as the kiosk does,
          and print each problem as &quot;file: path: reason&quot;

Exit codes: 0 done (check: every file loads), 1 a file is refused or the text
cannot be searched, 2 usage error.</source>
        <translation>用法：branchctl catalog list [--json]
      branchctl catalog search &lt;文字&gt; [--limit N] [--json]
      branchctl catalog check &lt;目录&gt;

  list    列出全部内置业务：编号、类型、类别和名称
          --json  输出一行：{&quot;services&quot;:[{&quot;id&quot;:...,&quot;kind&quot;:...,&quot;category&quot;:...,&quot;name&quot;:{...}}]}
  search  按终端搜索框的方式查找业务，最匹配的在前
          --limit  最多 N 条结果，1 到 20（默认 5）
          --json   输出一行：{&quot;results&quot;:[{&quot;id&quot;:...,&quot;score&quot;:...}]}
  check   按终端的方式加载&lt;目录&gt;（categories.json 和 services/），
          每个问题输出一行“文件: 路径: 原因”

退出码：0 完成（check：全部文件加载成功），1 有文件被拒绝或内容无法搜索，2 用法错误。</translation>
    </message>
    <message>
        <source>Missing the sub-command: list, search or check.</source>
        <translation>缺少子命令：list、search 或 check。</translation>
    </message>
    <message>
        <source>Unknown sub-command. Use list, search or check.</source>
        <translation>未知子命令。请使用 list、search 或 check。</translation>
    </message>
    <message>
        <source>Missing the text to search for.</source>
        <translation>缺少要搜索的内容。</translation>
    </message>
    <message>
        <source>Give the search text as one argument, in quotes.</source>
        <translation>请把搜索内容作为一个参数，用引号括起来。</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 20.</source>
        <translation>数量上限必须是 1 到 20 之间的整数。</translation>
    </message>
</context>
<context>
    <name>branch::CheckedAnswers</name>
    <message>
        <source>Missing the service id.</source>
        <translation>缺少业务编号。</translation>
    </message>
    <message>
        <source>Give exactly one service id.</source>
        <translation>请只指定一个业务编号。</translation>
    </message>
    <message>
        <source>Missing --data &lt;file.json&gt;.</source>
        <translation>缺少 --data &lt;file.json&gt;。</translation>
    </message>
</context>
<context>
    <name>branch::CoreCli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;branch-core help&quot;.</source>
        <translation>未知命令“%1”。请运行“branch-core help”。</translation>
    </message>
    <message>
        <source>Use &quot;device add ID&quot; or &quot;device revoke ID&quot;.</source>
        <translation>请使用“device add ID”或“device revoke ID”。</translation>
    </message>
    <message>
        <source>A device ID is 2 to 12 upper-case letters or digits.</source>
        <translation>设备 ID 由 2 到 12 个大写字母或数字组成。</translation>
    </message>
    <message>
        <source>No device %1 is known to core.</source>
        <translation>核心系统中没有设备 %1。</translation>
    </message>
    <message>
        <source>Enrolment code for %1: %2</source>
        <translation>%1 的注册码：%2</translation>
    </message>
    <message>
        <source>It works once, until %1.</source>
        <translation>该注册码仅可使用一次，有效期至 %1。</translation>
    </message>
    <message>
        <source>Use &quot;export --json&quot;.</source>
        <translation>请使用“export --json”。</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n key(s) older than %1 days.</source>
        <translation>
            <numerusform>已清除 %n 个超过 %1 天的交易键。</numerusform>
        </translation>
    </message>
    <message>
        <source>The core store failed: %1</source>
        <translation>核心系统存储故障：%1</translation>
    </message>
    <message>
        <source>serve takes no positional arguments.</source>
        <translation>serve 不接受位置参数。</translation>
    </message>
    <message>
        <source>serve needs --cert and --key: core speaks HTTPS only.</source>
        <translation>serve 需要 --cert 和 --key：核心系统仅支持 HTTPS。</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>--listen 的值应为 ADDRESS:PORT，例如 127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>Cannot load reference data: %1</source>
        <translation>无法加载参考数据：%1</translation>
    </message>
    <message>
        <source>branch-core (%1) listening on https://%2:%3</source>
        <translation>branch-core（%1）正在监听 https://%2:%3</translation>
    </message>
    <message>
        <source>--clock-offset-seconds takes a whole number of seconds, at most a year either way.</source>
        <translation>--clock-offset-seconds 须为整数秒，前后偏移均不超过一年。</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 1 to 100000.</source>
        <translation>%1 须为 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>Use &quot;audit verify --device ID&quot;.</source>
        <translation>请使用“audit verify --device ID”。</translation>
    </message>
    <message numerus="yes">
        <source>Audit anchors of %1 consistent: %n anchor(s), up to row %2.</source>
        <translation>
            <numerusform>%1 的审计锚点一致：共 %n 个锚点，至第 %2 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit anchors of %1 inconsistent at row %2 (%3).</source>
        <translation>%1 的审计锚点在第 %2 行不一致（%3）。</translation>
    </message>
    <message>
        <source>Audit log of %1 flagged at %2: %3 at row %4 (%5).</source>
        <translation>%1 的审计日志于 %2 被标记：第 %4 行 %3（%5）。</translation>
    </message>
    <message>
        <source>Device %1 is revoked, with its certificates; its requests are now refused (401).</source>
        <translation>设备 %1 及其证书已吊销；其请求今后将被拒绝（401）。</translation>
    </message>
    <message>
        <source>serve needs --device-ca and --device-ca-key: every device presents a certificate from that CA.</source>
        <translation>serve 需要 --device-ca 和 --device-ca-key：每台设备都出示由该 CA 签发的证书。</translation>
    </message>
    <message>
        <source>--device-cert-days takes a whole number from 1 to %1.</source>
        <translation>--device-cert-days 需为 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Cannot create the prefill key %1: %2</source>
        <translation>无法创建预填密钥 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the prefill key %1: %2</source>
        <translation>无法读取预填密钥 %1：%2</translation>
    </message>
    <message>
        <source>The prefill key %1 must hold exactly %2 bytes.</source>
        <translation>预填密钥 %1 必须正好为 %2 字节。</translation>
    </message>
    <message>
        <source>Usage:
  branch-core serve --cert FILE --key FILE --device-ca FILE --device-ca-key FILE
                    [--listen 127.0.0.1:8443] [--trusted-proxy FILE] [--device-cert-days N]
                    [--database FILE | --postgres CONNINFO] [--reference-dir DIR]
                    [--retention-days N] [--clock-offset-seconds N]
                    [--max-connections N] [--max-connections-per-address N]
                    (--clock-offset-seconds: a clock drill, core&apos;s time moved by N s;
                     --trusted-proxy: the client certificate of nginx in front, whose
                     X-Client-Certificate header core believes)
  branch-core device add ID [--json]     issue a one-time enrolment code (24 h)
  branch-core device revoke ID
  branch-core export --json              one line per applied transaction
  branch-core purge [--retention-days N] drop keys older than N days (at least 7)
  branch-core audit verify --device ID [--json]  check the device&apos;s audit anchors and flags
  branch-core staff add ID --name NAME --role ROLE --branch BRANCH
                                          a staff account (role: teller, supervisor,
                                          branch_admin, remote_teller)
  branch-core staff reset-secret ID       a new secret; unlocks the account
                                          (the secret is typed twice at a terminal,
                                          else read from the first line of stdin)
Every command takes --database FILE or --postgres CONNINFO.
</source>
        <translation>用法：
  branch-core serve --cert FILE --key FILE --device-ca FILE --device-ca-key FILE
                    [--listen 127.0.0.1:8443] [--trusted-proxy FILE] [--device-cert-days N]
                    [--database FILE | --postgres CONNINFO] [--reference-dir DIR]
                    [--retention-days N] [--clock-offset-seconds N]
                    [--max-connections N] [--max-connections-per-address N]
                    （--clock-offset-seconds：时钟演练，核心系统时间偏移 N 秒；
                     --trusted-proxy：前置 nginx 的客户端证书，核心系统只信任
                     带此证书的连接上的 X-Client-Certificate 请求头）
  branch-core device add ID [--json]     签发一次性注册码（24 小时内有效）
  branch-core device revoke ID
  branch-core export --json              每笔已处理的交易输出一行
  branch-core purge [--retention-days N] 删除超过 N 天的交易键（至少 7 天）
  branch-core audit verify --device ID [--json]  核验该设备的审计锚点和标记
  branch-core staff add ID --name NAME --role ROLE --branch BRANCH
                                          添加员工账户（角色：teller、supervisor、
                                          branch_admin、remote_teller）
  branch-core staff reset-secret ID       设置新密码并解锁账户
                                          （在终端中输入两次；否则读取标准输入的第一行）
所有命令均可使用 --database FILE 或 --postgres CONNINFO。
</translation>
    </message>
</context>
<context>
    <name>branch::CoreOptions</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Give either --database or --postgres, not both.</source>
        <translation>--database 和 --postgres 只能指定其一。</translation>
    </message>
    <message>
        <source>--retention-days must be a whole number of at least %1.</source>
        <translation>--retention-days 必须是不小于 %1 的整数。</translation>
    </message>
</context>
<context>
    <name>branch::CoreRules</name>
    <message>
        <source>Applied by core.</source>
        <translation>核心系统已处理。</translation>
    </message>
    <message>
        <source>Core does not offer this service.</source>
        <translation>核心系统不提供此业务。</translation>
    </message>
    <message>
        <source>The ordering key must be a text of 1 to 64 characters.</source>
        <translation>排序键必须是 1 到 64 个字符的文本。</translation>
    </message>
    <message>
        <source>The service ID must be a text of 1 to 64 characters.</source>
        <translation>业务编号必须是 1 到 64 个字符的文本。</translation>
    </message>
    <message>
        <source>The receipt number must be a text of 1 to 64 characters.</source>
        <translation>回执编号必须是 1 到 64 个字符的文本。</translation>
    </message>
    <message>
        <source>The creation time must be an ISO-8601 UTC time.</source>
        <translation>创建时间必须是 ISO-8601 格式的 UTC 时间。</translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation>业务数据必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Core rejected the transaction.</source>
        <translation>核心系统拒绝了该交易。</translation>
    </message>
    <message>
        <source>The amount must be null or a whole number of fen, from 0 to 1,000,000,000,000, in CNY.</source>
        <translation>金额须为空，或以分为单位、介于 0 到 1,000,000,000,000 之间的人民币整数。</translation>
    </message>
    <message>
        <source>The sequence must be a whole number from 0 to 9,007,199,254,740,991.</source>
        <translation>序号须为 0 到 9,007,199,254,740,991 之间的整数。</translation>
    </message>
    <message>
        <source>A text in the transaction contains a control character.</source>
        <translation>交易中的文本含有控制字符。</translation>
    </message>
    <message>
        <source>The receipt number does not belong to this device.</source>
        <translation>该回单号不属于本设备。</translation>
    </message>
    <message>
        <source>The creation time is more than a day ahead of core&apos;s clock or more than a year behind it.</source>
        <translation>创建时间比核心系统时钟超前一天以上，或落后一年以上。</translation>
    </message>
    <message>
        <source>This service needs a supervisor&apos;s authorization for this amount, and the transaction has none.</source>
        <translation>此业务在该金额下需要主管授权，而交易未附授权。</translation>
    </message>
    <message>
        <source>The authorization was not signed by core.</source>
        <translation>该授权不是由核心系统签发的。</translation>
    </message>
    <message>
        <source>The authorization was given for another kiosk, service or amount.</source>
        <translation>该授权是为其他终端、业务或金额签发的。</translation>
    </message>
    <message>
        <source>The authorization breaks dual control: the supervisor entered the transaction.</source>
        <translation>该授权违反双人控制：交易由授权主管本人录入。</translation>
    </message>
    <message>
        <source>The authorization had expired when the transaction was made.</source>
        <translation>交易发生时该授权已过期。</translation>
    </message>
    <message>
        <source>The authorization already covered another transaction.</source>
        <translation>该授权已用于另一笔交易。</translation>
    </message>
    <message>
        <source>The authorization in the transaction is malformed.</source>
        <translation>交易中的授权格式不正确。</translation>
    </message>
</context>
<context>
    <name>branch::CoreServer</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>无法从 %1 读取 PEM 证书。</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>无法读取私钥 %1：%2</translation>
    </message>
    <message>
        <source>The private key %1 is not an unencrypted PEM EC or RSA key.</source>
        <translation>私钥 %1 不是未加密的 PEM 格式 EC 或 RSA 密钥。</translation>
    </message>
    <message>
        <source>TLS is not set up; core serves HTTPS only.</source>
        <translation>未配置 TLS；核心系统仅提供 HTTPS 服务。</translation>
    </message>
    <message>
        <source>No such endpoint.</source>
        <translation>没有该接口。</translation>
    </message>
    <message>
        <source>The core store is unavailable; try again later.</source>
        <translation>核心系统存储暂不可用，请稍后重试。</translation>
    </message>
    <message>
        <source>This device has been revoked.</source>
        <translation>本设备已被吊销。</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>请求内容过大。</translation>
    </message>
    <message>
        <source>The enrolment request is malformed.</source>
        <translation>注册请求格式不正确。</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, expired or already used.</source>
        <translation>注册码错误、已过期或已被使用。</translation>
    </message>
    <message>
        <source>The batch is too large: at most %1 transactions and %2 bytes.</source>
        <translation>批次过大：最多 %1 笔交易、%2 字节。</translation>
    </message>
    <message>
        <source>The batch request is malformed (%1).</source>
        <translation>批量请求格式不正确（%1）。</translation>
    </message>
    <message>
        <source>A transaction key is 32 lower-case hex digits.</source>
        <translation>交易键由 32 位小写十六进制数字组成。</translation>
    </message>
    <message>
        <source>No such reference data.</source>
        <translation>没有该参考数据。</translation>
    </message>
    <message>
        <source>This key was already used for a different transaction; nothing was applied.</source>
        <translation>该交易键已用于另一笔交易，本次未做任何处理。</translation>
    </message>
    <message>
        <source>Core already holds this receipt number for another transaction; nothing was applied.</source>
        <translation>核心系统已有另一笔交易使用此回单号，本次未做任何处理。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>This endpoint takes %1 only.</source>
        <translation>此接口只接受 %1 请求。</translation>
    </message>
    <message>
        <source>The request body must be application/json.</source>
        <translation>请求正文须为 application/json。</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>请求未能按时送达。</translation>
    </message>
    <message>
        <source>The request needs a Content-Length.</source>
        <translation>请求须带有 Content-Length。</translation>
    </message>
    <message>
        <source>The request headers are too large or too many.</source>
        <translation>请求头过大或过多。</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>请求不是有效的 HTTP/1.1。</translation>
    </message>
    <message>
        <source>Too many enrolment tries; wait a minute and try again.</source>
        <translation>注册尝试次数过多，请一分钟后再试。</translation>
    </message>
    <message>
        <source>No PEM certificate in the trusted proxy file.</source>
        <translation>受信任代理文件中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Set up TLS before the device CA.</source>
        <translation>请先设置 TLS，再设置设备 CA。</translation>
    </message>
    <message>
        <source>Cannot read the device CA %1 and its key %2: %3</source>
        <translation>无法读取设备 CA %1 及其私钥 %2：%3</translation>
    </message>
    <message>
        <source>The device CA %1 with the key %2 cannot be used (%3).</source>
        <translation>设备 CA %1 与私钥 %2 无法使用（%3）。</translation>
    </message>
    <message>
        <source>Cannot read the trusted proxy certificate %1: %2</source>
        <translation>无法读取受信任代理的证书 %1：%2</translation>
    </message>
    <message>
        <source>A valid device credential and device certificate are required.</source>
        <translation>需要有效的设备凭证和设备证书。</translation>
    </message>
    <message>
        <source>The certificate request is not acceptable (%1).</source>
        <translation>证书签名请求不可接受（%1）。</translation>
    </message>
    <message>
        <source>No device CA is set up; core needs one to issue and check device certificates.</source>
        <translation>未设置设备 CA；核心系统需要它来签发和校验设备证书。</translation>
    </message>
    <message>
        <source>Core holds no audit anchor for this device yet.</source>
        <translation>核心系统尚未持有该设备的审计锚点。</translation>
    </message>
    <message>
        <source>The audit anchor request is malformed (%1).</source>
        <translation>审计锚点请求格式错误（%1）。</translation>
    </message>
    <message>
        <source>The audit log is behind the head core anchored: rows were removed. Core has flagged this device.</source>
        <translation>审计日志落后于核心系统已锚定的链头：有行被删除。核心系统已标记该设备。</translation>
    </message>
    <message>
        <source>A row core anchored now has another hash: the audit log was rewritten. Core has flagged this device.</source>
        <translation>核心系统已锚定的一行现在的哈希值不同：审计日志被改写过。核心系统已标记该设备。</translation>
    </message>
    <message>
        <source>The audit log does not extend the head core anchored: it was rewritten. Core has flagged this device.</source>
        <translation>审计日志没有延续核心系统已锚定的链头：它被改写过。核心系统已标记该设备。</translation>
    </message>
    <message>
        <source>An empty audit log has nothing to anchor.</source>
        <translation>空的审计日志没有可锚定的内容。</translation>
    </message>
    <message>
        <source>Another anchor was taken first; ask for the newest anchor and try again.</source>
        <translation>另一个锚点已先被接受；请查询最新锚点后重试。</translation>
    </message>
    <message>
        <source>The payment request is malformed (%1).</source>
        <translation>付款请求格式不正确（%1）。</translation>
    </message>
    <message>
        <source>This payment key was already used for another payment; nothing was charged for this request.</source>
        <translation>该付款标识已用于另一笔付款；本次请求未扣款。</translation>
    </message>
    <message>
        <source>A payment key is 32 lower-case hex digits.</source>
        <translation>付款标识应为32位小写十六进制字符。</translation>
    </message>
    <message>
        <source>Core has no payment under this key: nothing was charged.</source>
        <translation>核心系统中没有该标识的付款：未扣款。</translation>
    </message>
    <message>
        <source>The prefill key must be %1 bytes.</source>
        <translation>预填密钥必须为 %1 字节。</translation>
    </message>
    <message>
        <source>Too many requests; wait a minute and try again.</source>
        <translation>请求过于频繁，请一分钟后再试。</translation>
    </message>
    <message>
        <source>A prefill is {&quot;service&quot;, &quot;language&quot;, &quot;values&quot;}.</source>
        <translation>预填请求须为 {&quot;service&quot;, &quot;language&quot;, &quot;values&quot;}。</translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation>没有此业务。</translation>
    </message>
    <message>
        <source>This service cannot be prefilled.</source>
        <translation>此业务不支持手机预填。</translation>
    </message>
    <message>
        <source>No such prefill.</source>
        <translation>没有此预填记录。</translation>
    </message>
    <message>
        <source>This prefill is already at a counter, used or expired; photos can no longer be added.</source>
        <translation>此预填已在柜台调取、已使用或已过期，不能再添加照片。</translation>
    </message>
    <message>
        <source>At most %1 photos can be attached.</source>
        <translation>最多可上传 %1 张照片。</translation>
    </message>
    <message>
        <source>A photo may have at most %1 MB and %2 pixels a side.</source>
        <translation>照片不得超过 %1 MB，每边不得超过 %2 像素。</translation>
    </message>
    <message>
        <source>This is not a JPEG or PNG photo.</source>
        <translation>这不是 JPEG 或 PNG 照片。</translation>
    </message>
    <message>
        <source>This form asks for no such document.</source>
        <translation>此表单不需要这项材料。</translation>
    </message>
    <message>
        <source>A claim names either a token or a short code.</source>
        <translation>调取请求须提供二维码内容或短码，二者选一。</translation>
    </message>
    <message>
        <source>No prefill has this code.</source>
        <translation>没有与此码对应的预填。</translation>
    </message>
    <message>
        <source>Too many wrong codes; wait ten minutes.</source>
        <translation>错误短码过多，请十分钟后再试。</translation>
    </message>
    <message>
        <source>A photo is sent as image/jpeg or image/png.</source>
        <translation>照片须以 image/jpeg 或 image/png 格式上传。</translation>
    </message>
    <message>
        <source>No such service, or it cannot be filled in on a phone.</source>
        <translation>没有该业务，或该业务不支持手机预填。</translation>
    </message>
    <message>
        <source>The check request is malformed (%1).</source>
        <translation>校验请求格式有误（%1）。</translation>
    </message>
    <message>
        <source>This card payment already paid another request; nothing was applied.</source>
        <translation>这笔银行卡付款已用于另一笔申请，本笔未入账。</translation>
    </message>
    <message>
        <source>Core holds no authorised card payment of this amount for this request; nothing was applied.</source>
        <translation>核心系统没有与本笔申请金额相符的已授权银行卡付款，本笔未入账。</translation>
    </message>
    <message>
        <source>A staff sign-in is {&quot;staff_id&quot;, &quot;secret&quot;}.</source>
        <translation>员工登录请求为 {&quot;staff_id&quot;, &quot;secret&quot;}。</translation>
    </message>
    <message>
        <source>The staff id or the secret is wrong.</source>
        <translation>员工号或密码错误。</translation>
    </message>
    <message>
        <source>This staff account is locked after too many wrong secrets; an administrator must reset it.</source>
        <translation>密码错误次数过多，该员工账户已锁定，须由管理员重置。</translation>
    </message>
    <message>
        <source>The authorization request is malformed (%1).</source>
        <translation>授权请求格式不正确（%1）。</translation>
    </message>
    <message>
        <source>Only a supervisor or a branch administrator can authorize.</source>
        <translation>只有主管或网点管理员可以授权。</translation>
    </message>
    <message>
        <source>Dual control: the staff member who entered the transaction cannot authorize it.</source>
        <translation>双人控制：录入该交易的员工不能为其授权。</translation>
    </message>
    <message>
        <source>This service and amount need no authorization.</source>
        <translation>此业务及金额无需授权。</translation>
    </message>
    <message>
        <source>A face check is {&quot;live&quot;, &quot;card_photo&quot;}, both images in base64.</source>
        <translation>人脸核验请求为 {&quot;live&quot;, &quot;card_photo&quot;}，两张图片均为 base64 编码。</translation>
    </message>
</context>
<context>
    <name>branch::DeviceCommand</name>
    <message>
        <source>Enrol this kiosk with core</source>
        <translation>将本机注册到核心系统</translation>
    </message>
    <message>
        <source>Use &quot;device enroll&quot;.</source>
        <translation>请使用“device enroll”。</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help device&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help device”。</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>A device id is 2 to 12 upper-case letters and digits.</source>
        <translation>设备 ID 由 2 到 12 个大写字母和数字组成。</translation>
    </message>
    <message>
        <source>The core address or CA file cannot be used.</source>
        <translation>核心系统地址或 CA 文件无法使用。</translation>
    </message>
    <message>
        <source>Core did not enrol this kiosk.</source>
        <translation>核心系统未接受本机的注册。</translation>
    </message>
    <message>
        <source>Enrolled %1 with %2.</source>
        <translation>已将 %1 注册到 %2。</translation>
    </message>
    <message>
        <source>Usage: branchctl device enroll --core &lt;url&gt; --ca &lt;file&gt; --device &lt;id&gt; --code &lt;code&gt;
                               [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  --core    core&apos;s https URL, e.g. https://127.0.0.1:8443
  --ca      the CA certificate (PEM) that signed core&apos;s certificate; the only one trusted
  --device  this kiosk&apos;s id: 2 to 12 upper-case letters and digits
  --code    the one-time code printed by &quot;branch-core device add &lt;id&gt;&quot;
  --dev-insecure-secrets  DEVELOPMENT ONLY: keep the credential and key in this directory

Exit codes: 0 enrolled, 1 code refused, 2 usage error, 3 core, keychain or database failed.</source>
        <translation>用法：branchctl device enroll --core &lt;url&gt; --ca &lt;文件&gt; --device &lt;id&gt; --code &lt;注册码&gt;
                              [--database &lt;路径&gt;] [--dev-insecure-secrets &lt;目录&gt;]

  --core    核心系统的 https URL，例如 https://127.0.0.1:8443
  --ca      签发核心系统证书的 CA 证书（PEM），也是唯一受信任的 CA
  --device  本机的设备 ID：2 到 12 个大写字母和数字
  --code    “branch-core device add &lt;id&gt;”输出的一次性注册码
  --dev-insecure-secrets  仅限开发：将凭证和私钥保存在此目录中

退出码：0 已注册，1 注册码被拒绝，2 用法错误，3 核心系统、系统密钥环或数据库故障。</translation>
    </message>
    <message>
        <source>This kiosk could not make its key pair.</source>
        <translation>本机无法生成密钥对。</translation>
    </message>
    <message>
        <source>Core sent a certificate that is not for this kiosk&apos;s key.</source>
        <translation>核心系统发来的证书与本机的密钥不匹配。</translation>
    </message>
</context>
<context>
    <name>branch::Dispatcher</name>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command. Run &quot;branchctl help&quot; for the list of commands.</source>
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
    <name>branch::FaceMessages</name>
    <message>
        <source>No face was seen. Please look straight at the camera.</source>
        <translation>没有检测到人脸。请正对摄像头。</translation>
    </message>
    <message>
        <source>More than one face was seen. Please make sure only you are in front of the camera.</source>
        <translation>检测到不止一张人脸。请确保摄像头前只有您一人。</translation>
    </message>
    <message>
        <source>Your face is too far away. Please come closer to the camera.</source>
        <translation>您离摄像头太远。请靠近一些。</translation>
    </message>
    <message>
        <source>Your face does not match the photo on the ID card. Please ask a member of staff.</source>
        <translation>您的面部与身份证照片不一致。请联系工作人员。</translation>
    </message>
    <message>
        <source>The live check did not pass. Please blink when asked, without a photo or screen in front of the camera.</source>
        <translation>活体检测未通过。请按提示眨眼，不要在摄像头前使用照片或屏幕。</translation>
    </message>
    <message>
        <source>The photo on the ID card could not be read. Please ask a member of staff.</source>
        <translation>无法读取身份证上的照片。请联系工作人员。</translation>
    </message>
    <message>
        <source>No face was found in the ID card&apos;s photo. Please ask a member of staff.</source>
        <translation>身份证照片中未找到人脸。请联系工作人员。</translation>
    </message>
    <message>
        <source>The camera picture could not be used. Please try again.</source>
        <translation>摄像头画面无法使用。请重试。</translation>
    </message>
    <message>
        <source>The face check is not available now. Please ask a member of staff.</source>
        <translation>人脸核验暂不可用。请联系工作人员。</translation>
    </message>
    <message>
        <source>The face check did not pass (%1).</source>
        <translation>人脸核验未通过（%1）。</translation>
    </message>
</context>
<context>
    <name>branch::FieldListModel</name>
    <message>
        <source>YYYY-MM</source>
        <translation>年年年年-月月</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年年年年-月月-日日</translation>
    </message>
    <message>
        <source>Amount in yuan, e.g. 120.50</source>
        <translation>金额（元），例如 120.50</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>%1  (optional)</source>
        <translation>%1（选填）</translation>
    </message>
</context>
<context>
    <name>branch::FieldText</name>
    <message>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>未同意</translation>
    </message>
    <message>
        <source>Original to be shown to staff</source>
        <translation>原件将交工作人员查验</translation>
    </message>
</context>
<context>
    <name>branch::FlowMessages</name>
    <message>
        <source>This service does not look up a bill.</source>
        <translation>本业务无需查询账单。</translation>
    </message>
    <message>
        <source>Some answers need to be corrected before the request can be stored.</source>
        <translation>部分填写内容需要更正后才能保存申请。</translation>
    </message>
    <message>
        <source>Some answers are unusual. Please confirm them before the request is stored.</source>
        <translation>部分填写内容不常见，请确认后再保存申请。</translation>
    </message>
    <message>
        <source>The amount could not be worked out. Please ask at the service desk.</source>
        <translation>无法计算金额，请到服务台咨询。</translation>
    </message>
    <message>
        <source>Please sign in the box before you submit.</source>
        <translation>提交前请在框内签名。</translation>
    </message>
    <message>
        <source>Requests cannot be saved at this counter right now. Please ask at the service desk.</source>
        <translation>本机暂时无法保存申请，请到服务台咨询。</translation>
    </message>
    <message>
        <source>A staff or operator id is needed: a letter, then letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, at most 32.</source>
        <translation>需要工作人员或操作员编号：以字母开头，其后为字母、数字、“.”、“_”或“-”，最多 32 个字符。</translation>
    </message>
    <message>
        <source>The receipt could not be saved as a file.</source>
        <translation>无法将回执保存为文件。</translation>
    </message>
    <message>
        <source>This request is saved only after its payment. Please pay with your card first.</source>
        <translation>本申请需付款后才能保存，请先刷卡付款。</translation>
    </message>
    <message>
        <source>This amount needs a supervisor&apos;s authorization before the request is saved.</source>
        <translation>此金额需经主管授权后才能保存申请。</translation>
    </message>
</context>
<context>
    <name>branch::FormCommand</name>
    <message>
        <source>Check a file of form answers against a service&apos;s form</source>
        <translation>按业务表单校验一份填写内容文件</translation>
    </message>
    <message>
        <source>Usage: branchctl form validate &lt;service-id&gt; --data &lt;file.json&gt; [--json]

  --data  a JSON object of field ids and values, as the kiosk&apos;s form holds them
  --json  print one line: {&quot;service&quot;:...,&quot;valid&quot;:...,&quot;errors&quot;:[...]}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</source>
        <translation>用法：branchctl form validate &lt;业务编号&gt; --data &lt;文件.json&gt; [--json]

  --data  由字段编号和值组成的 JSON 对象，与终端表单中的内容一致
  --json  输出一行：{&quot;service&quot;:...,&quot;valid&quot;:...,&quot;errors&quot;:[...]}

退出码：0 有效，1 无效，4 需要确认，2 用法错误。</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help form&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help form”。</translation>
    </message>
    <message>
        <source>Use &quot;branchctl form validate&quot;.</source>
        <translation>请使用“branchctl form validate”。</translation>
    </message>
    <message>
        <source>%1: the answers are valid.</source>
        <translation>%1：填写内容有效。</translation>
    </message>
</context>
<context>
    <name>branch::FormController</name>
    <message>
        <source>No fee is charged for this service.</source>
        <translation>本业务不收取费用。</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>You enter the amount, from %1 to %2.</source>
        <translation>请输入金额，范围 %1 至 %2。</translation>
    </message>
    <message>
        <source>The amount is looked up from your bill with your account number.</source>
        <translation>金额将根据您的户号从账单中查询。</translation>
    </message>
    <message>
        <source>Staff will check your ID card before your request is processed.</source>
        <translation>办理前工作人员将核验您的身份证件。</translation>
    </message>
    <message>
        <source>Large amounts need a staff member&apos;s approval.</source>
        <translation>大额业务需经工作人员授权。</translation>
    </message>
    <message>
        <source>Payment is not taken at this screen: pay at the counter with your receipt number.</source>
        <translation>本屏幕不收款：请凭回执编号到柜台缴费。</translation>
    </message>
    <message>
        <source>Please sign in the box before you submit.</source>
        <translation>提交前请在框内签名。</translation>
    </message>
    <message>
        <source>Requests cannot be saved at this counter right now. Please ask at the service desk.</source>
        <translation>本机暂时无法保存申请，请到服务台咨询。</translation>
    </message>
    <message>
        <source>Find your bill</source>
        <translation>查询账单</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>第 %1 页，共 %2 页：%3</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>请核对您填写的内容</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Enter your account number to find what you owe.</source>
        <translation>请输入户号以查询应缴金额。</translation>
    </message>
    <message>
        <source>Enter your %1 to find what you owe.</source>
        <translation>请输入您的%1以查询应缴金额。</translation>
    </message>
    <message>
        <source>Correct, continue to sign</source>
        <translation>无误，继续签名</translation>
    </message>
    <message>
        <source>Correct, submit</source>
        <translation>无误，提交</translation>
    </message>
    <message>
        <source>Saving your request. Please wait.</source>
        <translation>正在保存您的申请，请稍候。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 前缴清</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Correct, continue to pay</source>
        <translation>确认无误，去付款</translation>
    </message>
    <message>
        <source>Continue to pay</source>
        <translation>去付款</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Your card payment is not confirmed yet. Do not pay again: the bank will confirm it, and staff can check it with your receipt number.</source>
        <translation>您的银行卡付款结果尚未确认。请不要重复付款：银行会进行确认，工作人员也可凭回执号查询。</translation>
    </message>
    <message>
        <source>Paid %1 with card %2, authorisation code %3.</source>
        <translation>已用银行卡 %2 支付 %1，授权码 %3。</translation>
    </message>
    <message>
        <source>Staff authorization</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <source>Correct, continue to staff authorization</source>
        <translation>无误，继续主管授权</translation>
    </message>
    <message>
        <source>Continue to staff authorization</source>
        <translation>继续主管授权</translation>
    </message>
</context>
<context>
    <name>branch::FormInput</name>
    <message>
        <source>No service has this id. Run &quot;branchctl catalog list&quot; to see them.</source>
        <translation>没有此编号的业务。运行“branchctl catalog list”查看全部业务。</translation>
    </message>
    <message>
        <source>The data file cannot be read.</source>
        <translation>无法读取数据文件。</translation>
    </message>
    <message>
        <source>The data file is too large for a form.</source>
        <translation>数据文件过大，不是一份表单的内容。</translation>
    </message>
    <message>
        <source>The data file is not valid JSON.</source>
        <translation>数据文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The data file must hold one JSON object of field ids and values.</source>
        <translation>数据文件必须是一个由字段编号和值组成的 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>branch::FraudController</name>
    <message>
        <source>No member of staff is signed in at this kiosk. Please ask at the counter: a member of staff signs in here and confirms with you.</source>
        <translation>本机目前没有工作人员登录。请到柜台求助：工作人员在本机登录后会和您一起确认。</translation>
    </message>
    <message>
        <source>A remote teller is not available at this kiosk. Please ask a member of staff, or wait and confirm yourself.</source>
        <translation>本机暂时不能联系远程柜员。请找工作人员，或者等待后自己确认。</translation>
    </message>
</context>
<context>
    <name>branch::FraudMessages</name>
    <message>
        <source>You have not sent money to this account here before. Scammers ask for money to go to an account you do not know.</source>
        <translation>您以前没有在本行给这个账户转过钱。骗子常让人把钱转到不认识的账户。</translation>
    </message>
    <message>
        <source>This is a large amount. Scammers often ask for all of your savings at once.</source>
        <translation>这笔金额较大。骗子常让人一次转出全部积蓄。</translation>
    </message>
    <message>
        <source>This account has been reported to the bank in connection with fraud.</source>
        <translation>这个账户已被举报涉嫌诈骗。</translation>
    </message>
    <message>
        <source>Nobody from the police, a court or the bank ever asks you to move money to a &quot;safe account&quot;.</source>
        <translation>公安、法院和银行从来不会让您把钱转到“安全账户”。</translation>
    </message>
    <message>
        <source>Paid &quot;order boosting&quot; or online tasks that need money first are always a scam.</source>
        <translation>“刷单返利”或先交钱再做的网上任务都是诈骗。</translation>
    </message>
    <message>
        <source>A prize that needs a fee or tax paid first is a scam.</source>
        <translation>“中奖”后要先交手续费或税费的，都是诈骗。</translation>
    </message>
    <message>
        <source>The police, prosecutors and courts never ask for money by telephone or to be transferred.</source>
        <translation>公检法机关从不通过电话要钱，也不会让您转账。</translation>
    </message>
    <message>
        <source>Never give anyone a verification code, and never send money because someone asked for one.</source>
        <translation>验证码不能告诉任何人，也不要因为有人索要验证码而转钱。</translation>
    </message>
    <message>
        <source>&quot;Customer service&quot; offering a refund or compensation never needs you to send money.</source>
        <translation>自称“客服”说要退款或理赔的，从不需要您先转钱。</translation>
    </message>
    <message>
        <source>Investments that promise high, sure returns are a common scam.</source>
        <translation>承诺高回报、稳赚不赔的投资是常见的骗局。</translation>
    </message>
    <message>
        <source>A loan that needs a deposit or fee paid first is a scam.</source>
        <translation>贷款前要先交保证金或手续费的，是诈骗。</translation>
    </message>
    <message>
        <source>The note contains words that scammers often use.</source>
        <translation>附言中有骗子常用的词语。</translation>
    </message>
    <message>
        <source>The anti-fraud rules are not valid JSON (at byte %1).</source>
        <translation>反诈规则不是有效的 JSON（第 %1 字节处）。</translation>
    </message>
    <message>
        <source>The anti-fraud rules must be a JSON object.</source>
        <translation>反诈规则必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The anti-fraud rules have a schema version this kiosk does not know (%1).</source>
        <translation>反诈规则的格式版本本机不认识（%1）。</translation>
    </message>
    <message>
        <source>The anti-fraud rules have an unknown entry: %1.</source>
        <translation>反诈规则中有未知的条目：%1。</translation>
    </message>
    <message>
        <source>The anti-fraud rules lack a required entry: %1.</source>
        <translation>反诈规则缺少必需的条目：%1。</translation>
    </message>
    <message>
        <source>The anti-fraud rules have the wrong kind of value at %1.</source>
        <translation>反诈规则在 %1 处的值类型不对。</translation>
    </message>
    <message>
        <source>The amount at %1 must be a whole number of fen above zero.</source>
        <translation>%1 处的金额必须是大于零的整数（单位：分）。</translation>
    </message>
    <message>
        <source>The currency at %1 is not an ISO 4217 code.</source>
        <translation>%1 处的币种不是 ISO 4217 代码。</translation>
    </message>
    <message>
        <source>The age at %1 must be a whole number from 0 to 150.</source>
        <translation>%1 处的年龄必须是 0 到 150 之间的整数。</translation>
    </message>
    <message>
        <source>The cooling-off time at %1 must be a whole number of seconds from 5 to 600.</source>
        <translation>%1 处的冷静期必须是 5 到 600 之间的整数秒。</translation>
    </message>
    <message>
        <source>The service id at %1 is not a catalog id.</source>
        <translation>%1 处的业务编号不是目录中的编号格式。</translation>
    </message>
    <message>
        <source>The field id at %1 is not a form field id.</source>
        <translation>%1 处的字段编号不是表单字段编号格式。</translation>
    </message>
    <message>
        <source>The service at %1 is listed twice.</source>
        <translation>%1 处的业务重复列出。</translation>
    </message>
    <message>
        <source>The anti-fraud rules cover no service: %1 is empty.</source>
        <translation>反诈规则没有涵盖任何业务：%1 为空。</translation>
    </message>
    <message>
        <source>The keyword at %1 is empty or longer than 64 characters.</source>
        <translation>%1 处的关键词为空或超过 64 个字符。</translation>
    </message>
    <message>
        <source>The scam pattern at %1 must be lower-case letters and underscores.</source>
        <translation>%1 处的诈骗类型只能由小写字母和下划线组成。</translation>
    </message>
    <message>
        <source>The watch-list entry at %1 is not an account number.</source>
        <translation>名单中 %1 处的条目不是账号。</translation>
    </message>
    <message>
        <source>The anti-fraud data file is too large.</source>
        <translation>反诈数据文件太大。</translation>
    </message>
    <message>
        <source>The anti-fraud data has too many entries at %1.</source>
        <translation>反诈数据在 %1 处的条目太多。</translation>
    </message>
    <message>
        <source>The anti-fraud rules were refused (%1).</source>
        <translation>反诈规则未被接受（%1）。</translation>
    </message>
</context>
<context>
    <name>branch::IdCardController</name>
    <message>
        <source>Please place your resident ID card flat on the card reader.</source>
        <translation>请将您的居民身份证平放在读卡区。</translation>
    </message>
    <message>
        <source>Your name and ID number were filled in from your ID card. Please check them.</source>
        <translation>已根据您的身份证填写姓名和身份证号码，请核对。</translation>
    </message>
    <message>
        <source>Place your resident ID card on the reader and your name and ID number are filled in for you.</source>
        <translation>将居民身份证放在读卡区，即可自动填写姓名和身份证号码。</translation>
    </message>
</context>
<context>
    <name>branch::IdCardMessages</name>
    <message>
        <source>No ID card was found. Please place your resident ID card flat on the reader.</source>
        <translation>未检测到身份证，请将居民身份证平放在读卡区。</translation>
    </message>
    <message>
        <source>The ID card could not be read. Please take it off the reader and place it flat again.</source>
        <translation>无法读取身份证，请取下后重新平放在读卡区。</translation>
    </message>
    <message>
        <source>The ID card reader is not working. Please type your details in or ask a member of staff.</source>
        <translation>身份证阅读器暂时无法使用，请手动填写或咨询工作人员。</translation>
    </message>
    <message>
        <source>This ID card has expired and cannot be used. Please bring a valid card or ask a member of staff.</source>
        <translation>该身份证已过期，无法使用。请携带有效身份证或咨询工作人员。</translation>
    </message>
    <message>
        <source>This ID card is not valid yet. Please use your current card.</source>
        <translation>该身份证尚未生效，请使用您当前有效的身份证。</translation>
    </message>
    <message>
        <source>The data on this ID card do not check out. Please ask a member of staff.</source>
        <translation>该身份证的信息校验未通过，请咨询工作人员。</translation>
    </message>
    <message>
        <source>Some data could not be read from the ID card. Please place it on the reader again.</source>
        <translation>部分身份证信息未能读取，请重新放置。</translation>
    </message>
    <message>
        <source>The ID card could not be used (%1).</source>
        <translation>该身份证无法使用（%1）。</translation>
    </message>
</context>
<context>
    <name>branch::KeysCommand</name>
    <message>
        <source>Rotate the keys that protect stored personal data</source>
        <translation>轮换保护已存个人数据的密钥</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help keys&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help keys”。</translation>
    </message>
    <message>
        <source>The only action is &quot;rotate&quot;.</source>
        <translation>唯一可用的操作是“rotate”。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Key-encryption key rotated: key %1 now protects the data keys.</source>
        <translation>密钥加密密钥已轮换：现由密钥 %1 保护数据密钥。</translation>
    </message>
    <message>
        <source>Data key rotated: key %1 in use, %2 row(s) re-sealed, retired keys: %3.</source>
        <translation>数据密钥已轮换：当前使用密钥 %1，已重新加密 %2 行，已停用的密钥：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Usage: branchctl keys rotate [--kek] [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;] [--json]

  --kek                   rotate the key-encryption key in the keychain instead of the data key
  --database              the kiosk database (default: %1)
  --dev-insecure-secrets  DEVELOPMENT ONLY: keep secrets as files in &lt;dir&gt;
  --json                  print one line: {&quot;rotated&quot;:...,&quot;key_id&quot;:...,&quot;kek_id&quot;:...,...}

Interrupted rotations are finished by running the command again.
Exit codes: 0 done, 2 usage error, 3 failure.</source>
        <translation>用法：branchctl keys rotate [--kek] [--database &lt;路径&gt;] [--dev-insecure-secrets &lt;目录&gt;] [--json]

  --kek                   轮换系统密钥环中的密钥加密密钥，而不是数据密钥
  --database              终端数据库（默认：%1）
  --dev-insecure-secrets  仅限开发：将机密信息以文件形式保存在&lt;目录&gt;中
  --json                  输出一行：{&quot;rotated&quot;:...,&quot;key_id&quot;:...,&quot;kek_id&quot;:...,...}

中断的轮换可通过再次运行本命令完成。
退出码：0 完成，2 用法错误，3 失败。</translation>
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
    <name>branch::OutboxCommand</name>
    <message>
        <source>List outbox entries, or put a rejected entry back for delivery</source>
        <translation>列出待发队列条目，或将已拒绝的条目重新放回待发送</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help outbox&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help outbox”。</translation>
    </message>
    <message>
        <source>Use &quot;outbox list&quot; or &quot;outbox retry&quot;.</source>
        <translation>请使用“outbox list”或“outbox retry”。</translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation>未知状态 %1。</translation>
    </message>
    <message>
        <source>--limit is 1 to 10000, --offset 0 or more.</source>
        <translation>--limit 取值为 1 到 10000，--offset 取值不小于 0。</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>无法识别的参数。</translation>
    </message>
    <message>
        <source>Give exactly one outbox entry id.</source>
        <translation>请只指定一个待发队列条目编号。</translation>
    </message>
    <message>
        <source>An outbox entry id is a positive number.</source>
        <translation>待发队列条目编号必须是正整数。</translation>
    </message>
    <message>
        <source>Entry %1 is not a rejected outbox entry.</source>
        <translation>条目 %1 不是已拒绝的待发队列条目。</translation>
    </message>
    <message>
        <source>Entry %1 will be sent again with its original key.</source>
        <translation>条目 %1 将使用原交易键重新发送。</translation>
    </message>
    <message>
        <source>Name who sends the entry again with --actor.</source>
        <translation>请用 --actor 指明由谁重新发送该条目。</translation>
    </message>
    <message>
        <source>Usage: branchctl outbox list [--state pending|sent|acknowledged|rejected] [--limit N]
                             [--offset N] [--database &lt;path&gt;] [--json]
       branchctl outbox retry &lt;id&gt; [--actor &lt;id&gt;] [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  list   newest first: id, key, state, attempts, service, masked receipt, reason
         --json  one line per entry: {&quot;id&quot;:..,&quot;key&quot;:..,&quot;state&quot;:..,...}
  retry  send a rejected entry again, with the same idempotency key; audited
         --actor  who does it, for the audit log (default: the user branchctl runs as)

Exit codes: 0 done, 1 no such rejected entry, 2 usage error, 3 store failure.</source>
        <translation>用法：branchctl outbox list [--state pending|sent|acknowledged|rejected] [--limit N]
                            [--offset N] [--database &lt;路径&gt;] [--json]
      branchctl outbox retry &lt;id&gt; [--actor &lt;编号&gt;] [--database &lt;路径&gt;] [--dev-insecure-secrets &lt;目录&gt;]

  list   按时间由新到旧列出：编号、交易键、状态、尝试次数、业务、脱敏回执编号、原因
         --json  每个条目输出一行：{&quot;id&quot;:..,&quot;key&quot;:..,&quot;state&quot;:..,...}
  retry  使用相同的交易键重新发送一个已拒绝的条目，并记入审计日志
         --actor  操作人，记入审计日志（默认：运行 branchctl 的系统用户）

退出码：0 完成，1 没有该已拒绝条目，2 用法错误，3 存储故障。</translation>
    </message>
</context>
<context>
    <name>branch::OutboxRetry</name>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>没有编号为 %1 的待发队列条目。</translation>
    </message>
    <message>
        <source>Outbox entry %1 was not refused by core, so it is not sent again.</source>
        <translation>待发队列条目 %1 未被核心系统拒绝，因此不会重新发送。</translation>
    </message>
</context>
<context>
    <name>branch::PaymentController</name>
    <message>
        <source>Insert your bank card into the card reader.</source>
        <translation>请将银行卡插入读卡器。</translation>
    </message>
    <message>
        <source>Enter your PIN on the PIN pad, then press Enter. Cover the keys with your hand.</source>
        <translation>请在密码键盘上输入密码，然后按确认键。输入时请用手遮挡。</translation>
    </message>
    <message>
        <source>Asking your bank. Please wait and do not take your card yet.</source>
        <translation>正在与银行确认，请稍候，暂时不要取卡。</translation>
    </message>
    <message>
        <source>Payment done. Saving your request.</source>
        <translation>付款成功，正在保存您的申请。</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>未扣款。</translation>
    </message>
    <message>
        <source>Card payment is not available at this counter. Please pay at the service desk.</source>
        <translation>本机暂不能刷卡付款，请到柜台付款。</translation>
    </message>
</context>
<context>
    <name>branch::PaymentMessages</name>
    <message>
        <source>The card&apos;s balance is not enough for this payment. Please use another card.</source>
        <translation>卡内余额不足以支付本笔款项，请换一张卡。</translation>
    </message>
    <message>
        <source>The PIN is not correct. Please enter it again.</source>
        <translation>密码不正确，请重新输入。</translation>
    </message>
    <message>
        <source>This card is locked. Please contact the bank that issued it.</source>
        <translation>此卡已被锁定，请联系发卡银行。</translation>
    </message>
    <message>
        <source>This payment is above the card&apos;s limit. Please use another card or pay at the counter.</source>
        <translation>本笔金额超过此卡的限额，请换一张卡或到柜台办理。</translation>
    </message>
    <message>
        <source>This card has expired. Please use another card.</source>
        <translation>此卡已过期，请换一张卡。</translation>
    </message>
    <message>
        <source>This card cannot be used here. Please use another card.</source>
        <translation>此卡不能在本机使用，请换一张卡。</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Nothing was charged; please start again.</source>
        <translation>付款超时，已停止。未扣款，请重新开始。</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and insert it again.</source>
        <translation>无法读取此卡，请取出后重新插入。</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>付款已取消，未扣款。</translation>
    </message>
    <message>
        <source>The card reader of this counter is out of order. Please ask staff for help.</source>
        <translation>本机读卡器故障，请联系工作人员。</translation>
    </message>
    <message>
        <source>The PIN pad sent something the bank cannot read. Please ask staff for help.</source>
        <translation>密码键盘发送的数据银行无法识别，请联系工作人员。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits. Please enter it again.</source>
        <translation>密码应为4至12位数字，请重新输入。</translation>
    </message>
    <message>
        <source>The card number could not be read. Please insert the card again.</source>
        <translation>无法读取卡号，请重新插卡。</translation>
    </message>
    <message>
        <source>This payment was already made with different details. Please ask staff for help.</source>
        <translation>这笔付款已用不同的信息提交过，请联系工作人员。</translation>
    </message>
    <message>
        <source>The bank has no record of this payment. Nothing was charged.</source>
        <translation>银行没有这笔付款的记录，未扣款。</translation>
    </message>
    <message>
        <source>The bank has not answered yet. Please wait; the payment will not be made twice.</source>
        <translation>银行尚未答复，请稍候；这笔款项不会被重复扣除。</translation>
    </message>
    <message>
        <source>The amount to pay is not valid.</source>
        <translation>付款金额无效。</translation>
    </message>
    <message>
        <source>The payment could not be sent to the bank. Nothing was charged; please ask staff for help.</source>
        <translation>付款未能发送到银行，未扣款；请联系工作人员。</translation>
    </message>
</context>
<context>
    <name>branch::PrefillCommand</name>
    <message>
        <source>Read an e-Tongban prefill token or short code</source>
        <translation>读取e通办预填二维码或短码</translation>
    </message>
    <message>
        <source>Usage: branchctl prefill read (--image &lt;file&gt; | --text &lt;token&gt; | --code &lt;digits&gt;) [--json]
                              [--database &lt;path&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  read  verify the token as the kiosk does, claim the prefill from core and print it;
        with core out of reach an offline token is opened with the branch key

Exit codes: 0 read, 1 refused (the reason is printed), 2 usage error,
3 database or keychain failure.</source>
        <translation>用法：branchctl prefill read (--image &lt;文件&gt; | --text &lt;二维码内容&gt; | --code &lt;数字&gt;) [--json]
                              [--database &lt;路径&gt;] [--dev-insecure-secrets &lt;目录&gt;]

  read  按自助终端的方式校验二维码，从核心系统调取预填并打印；
        核心系统无法连接时，用网点密钥打开离线二维码

退出码：0 已读取，1 被拒绝（会打印原因），2 用法错误，
3 数据库或钥匙串故障。</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help prefill&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行 &quot;branchctl help prefill&quot;。</translation>
    </message>
    <message>
        <source>The only action is &quot;read&quot;.</source>
        <translation>唯一的操作是 &quot;read&quot;。</translation>
    </message>
    <message>
        <source>Give exactly one of --image, --text and --code.</source>
        <translation>请在 --image、--text 和 --code 中正好指定一个。</translation>
    </message>
    <message>
        <source>Prefill %1 for %2%3</source>
        <translation>预填 %1，业务 %2%3</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation>（离线）</translation>
    </message>
</context>
<context>
    <name>branch::PrefillDesk</name>
    <message>
        <source>This form has no such field.</source>
        <translation>此表单没有这个字段。</translation>
    </message>
    <message>
        <source>Every answer is sent as text.</source>
        <translation>每项填写内容都须以文本提交。</translation>
    </message>
</context>
<context>
    <name>branch::PrefillMessages</name>
    <message>
        <source>This prefill code cannot be read. Please show it again, or type the short code.</source>
        <translation>无法识别此预填码，请重新出示，或输入短码。</translation>
    </message>
    <message>
        <source>This is not a prefill code from our bank. Please show the e-Tongban code on your phone.</source>
        <translation>这不是本行的预填码，请出示手机上的e通办二维码。</translation>
    </message>
    <message>
        <source>This prefill code has been changed and cannot be used. Please fill in the form here.</source>
        <translation>此预填码已被改动，无法使用，请在本机填写表单。</translation>
    </message>
    <message>
        <source>This prefill code was signed with a key this counter does not know. Please ask staff for help.</source>
        <translation>此预填码的签名密钥本机无法识别，请联系工作人员。</translation>
    </message>
    <message>
        <source>This prefill code has expired. Please fill in the form again on your phone or here.</source>
        <translation>此预填码已过期，请在手机上重新填写，或在本机填写。</translation>
    </message>
    <message>
        <source>This prefill code was made for another branch. Please fill in the form here.</source>
        <translation>此预填码属于其他网点，请在本机填写表单。</translation>
    </message>
    <message>
        <source>This prefill code has already been used.</source>
        <translation>此预填码已使用过。</translation>
    </message>
    <message>
        <source>This prefill is open at another counter. Please finish there, or try again in 15 minutes.</source>
        <translation>此预填正在另一台设备上办理，请在那里完成，或15分钟后再试。</translation>
    </message>
    <message>
        <source>The service of this prefill code is not offered at this counter.</source>
        <translation>本机不提供此预填码对应的业务。</translation>
    </message>
    <message>
        <source>This prefill code is from a newer version. Please ask staff for help.</source>
        <translation>此预填码来自更新的版本，请联系工作人员。</translation>
    </message>
    <message>
        <source>This prefill code cannot be used (%1).</source>
        <translation>此预填码无法使用（%1）。</translation>
    </message>
</context>
<context>
    <name>branch::PrefillScanController</name>
    <message>
        <source>Reading your code…</source>
        <translation>正在读取您的二维码…</translation>
    </message>
    <message>
        <source>The camera cannot be used right now (%1). Please type the 9-digit code shown under your QR code.</source>
        <translation>摄像头暂时无法使用（%1）。请输入二维码下方的9位数字码。</translation>
    </message>
    <message>
        <source>Please type the 9-digit code shown under your QR code.</source>
        <translation>请输入二维码下方的9位数字码。</translation>
    </message>
    <message>
        <source>Hold the QR code on your phone up to the camera, or type the 9-digit code shown under it.</source>
        <translation>请将手机上的二维码对准摄像头，或输入二维码下方的9位数字码。</translation>
    </message>
</context>
<context>
    <name>branch::PrefillService</name>
    <message>
        <source>The bank&apos;s system cannot be reached now. Please show the offline code, or fill in the form here.</source>
        <translation>暂时无法连接银行系统，请出示离线二维码，或在本机填写表单。</translation>
    </message>
    <message>
        <source>No prefill has this code. Please check the code on your phone.</source>
        <translation>没有与此码对应的预填，请核对手机上的短码。</translation>
    </message>
    <message>
        <source>Too many wrong codes. Please scan the QR code, or ask staff for help.</source>
        <translation>错误短码次数过多，请扫描二维码，或联系工作人员。</translation>
    </message>
    <message>
        <source>This counter cannot read prefill codes yet. Please ask staff for help.</source>
        <translation>本机暂时无法读取预填码，请联系工作人员。</translation>
    </message>
    <message>
        <source>These 9 digits are not a valid code: one of them is probably mistyped. Please check them against your phone.</source>
        <translation>这9位数字不是有效的预填码，可能有一位输错了，请对照手机上的号码核对。</translation>
    </message>
</context>
<context>
    <name>branch::PrintMessages</name>
    <message>
        <source>This counter has no receipt printer.</source>
        <translation>本机未配备凭条打印机。</translation>
    </message>
    <message>
        <source>The receipt printer of this counter is not set up.</source>
        <translation>本机的凭条打印机尚未设置。</translation>
    </message>
    <message>
        <source>The printing service of this counter is not running.</source>
        <translation>本机的打印服务未运行。</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message>
        <source>The printer is offline.</source>
        <translation>打印机已离线。</translation>
    </message>
    <message>
        <source>The printer is paused.</source>
        <translation>打印机已暂停。</translation>
    </message>
    <message>
        <source>The printer is not taking print jobs.</source>
        <translation>打印机暂不接受打印任务。</translation>
    </message>
    <message>
        <source>The printer could not print the receipt.</source>
        <translation>打印机未能打印凭条。</translation>
    </message>
    <message>
        <source>The printer did not finish in time.</source>
        <translation>打印机未能及时完成打印。</translation>
    </message>
    <message>
        <source>The receipt file is missing.</source>
        <translation>凭条文件不存在。</translation>
    </message>
</context>
<context>
    <name>branch::QrCommand</name>
    <message>
        <source>Read the QR codes in image files</source>
        <translation>识别图片文件中的二维码</translation>
    </message>
    <message>
        <source>Usage: branchctl qr decode [--json] &lt;image&gt;...

  decode  read every QR code in each image (PNG, JPEG, BMP, GIF) with the kiosk&apos;s decoder
          --json  one line: {&quot;results&quot;:[{&quot;file&quot;:...,&quot;codes&quot;:[...],&quot;ms&quot;:...}]},
                  one entry per image; a file that cannot be read has &quot;reason&quot; and &quot;message&quot;

Exit codes: 0 every file read (with or without codes), 1 a file could not be read,
2 usage error.</source>
        <translation>用法：branchctl qr decode [--json] &lt;图片&gt;...

  decode  用终端的识别器读取每张图片（PNG、JPEG、BMP、GIF）中的所有二维码
          --json  输出一行：{&quot;results&quot;:[{&quot;file&quot;:...,&quot;codes&quot;:[...],&quot;ms&quot;:...}]}，
                  每张图片一项；无法读取的文件带有 &quot;reason&quot; 和 &quot;message&quot;

退出码：0 所有文件均已读取（无论是否有二维码），1 有文件无法读取，
2 用法错误。</translation>
    </message>
    <message>
        <source>Missing the sub-command: decode.</source>
        <translation>缺少子命令：decode。</translation>
    </message>
    <message>
        <source>Unknown sub-command. Use decode.</source>
        <translation>未知的子命令，请使用 decode。</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help qr&quot;.</source>
        <translation>选项 %1 未知或不完整。请运行“branchctl help qr”。</translation>
    </message>
    <message>
        <source>Give at least one image file.</source>
        <translation>请至少提供一个图片文件。</translation>
    </message>
    <message>
        <source>no QR code found</source>
        <translation>未找到二维码</translation>
    </message>
</context>
<context>
    <name>branch::QrImageReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>文件 %1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>The file %1 is not an image (PNG, JPEG, BMP or GIF).</source>
        <translation>文件 %1 不是图片（PNG、JPEG、BMP 或 GIF）。</translation>
    </message>
    <message>
        <source>The image %1 has more than %2 megapixels.</source>
        <translation>图片 %1 超过 %2 百万像素。</translation>
    </message>
    <message>
        <source>The image %1 is damaged and cannot be decoded.</source>
        <translation>图片 %1 已损坏，无法解码。</translation>
    </message>
    <message>
        <source>The image %1 cannot be read (%2).</source>
        <translation>无法读取图片 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>branch::ReceiptComposer</name>
    <message>
        <source>BranchSuite Bank</source>
        <translation>智能柜台银行</translation>
    </message>
    <message>
        <source>Self-service counter</source>
        <translation>自助服务终端</translation>
    </message>
    <message>
        <source>Paid with card</source>
        <translation>付款银行卡</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Not confirmed. Do not pay again: the bank will confirm it.</source>
        <translation>未确认。请勿重复付款，银行将进行确认。</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>付款参考号</translation>
    </message>
</context>
<context>
    <name>branch::ReceiptPrinting</name>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>正在打印凭条，请稍候。</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>请取走您的凭条</translation>
    </message>
    <message>
        <source>Your receipt was not printed. %1</source>
        <translation>凭条未能打印。%1</translation>
    </message>
    <message>
        <source>Your request is saved. Take a photo of the QR code or note the receipt number: the bank can give you the receipt with it at any counter.</source>
        <translation>您的申请已保存。请拍下二维码或记下凭条编号，凭此可在任一柜台向银行取得凭条。</translation>
    </message>
</context>
<context>
    <name>branch::SalvageReport</name>
    <message>
        <source>Requests waiting for core</source>
        <translation>等待发送至核心系统的申请</translation>
    </message>
    <message>
        <source>Requests core refused</source>
        <translation>被核心系统拒绝的申请</translation>
    </message>
    <message>
        <source>Requests core already booked</source>
        <translation>核心系统已入账的申请</translation>
    </message>
    <message>
        <source>Requests too damaged to read</source>
        <translation>损坏严重、无法读取的申请</translation>
    </message>
    <message>
        <source>Keys that open customer data</source>
        <translation>用于解密客户数据的密钥</translation>
    </message>
    <message>
        <source>Enrolment with core</source>
        <translation>在核心系统的注册信息</translation>
    </message>
    <message>
        <source>Daily receipt counters</source>
        <translation>每日回执计数</translation>
    </message>
    <message>
        <source>Every request, data key and the enrolment in the damaged database were saved. Its audit log stays in the damaged file, as evidence.</source>
        <translation>受损数据库中的全部申请、数据密钥和注册信息均已保存。其审计日志留在受损文件中作为证据。</translation>
    </message>
    <message>
        <source>Part of the damaged database could not be read. What was saved and what was lost is listed below.</source>
        <translation>受损数据库有部分内容无法读取。已保存和已丢失的内容如下所列。</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged database. It is kept for inspection.</source>
        <translation>受损数据库中没有可读取的内容。该文件已保留以供检查。</translation>
    </message>
    <message>
        <source>Card payments and their keys</source>
        <translation>银行卡付款记录及其付款编号</translation>
    </message>
</context>
<context>
    <name>branch::SalvageReportModel</name>
    <message numerus="yes">
        <source>%1: %n saved</source>
        <translation>
            <numerusform>%1：已保存 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 saved, %n lost</source>
        <translation>
            <numerusform>%1：已保存 %2 条，丢失 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The local database was damaged and set aside. Not everything could be saved: see the recovery report.</source>
        <translation>本地数据库已损坏并已移到一旁。部分内容未能保存：请查看恢复报告。</translation>
    </message>
    <message>
        <source>The local database was damaged and set aside. Everything in it was saved: see the recovery report.</source>
        <translation>本地数据库已损坏并已移到一旁。其中内容已全部保存：请查看恢复报告。</translation>
    </message>
    <message>
        <source>Damaged database recovered on %1</source>
        <translation>受损数据库已于 %1 恢复</translation>
    </message>
    <message>
        <source>The damaged file is kept, never deleted, at %1</source>
        <translation>受损文件已保留（不会删除），位于 %1</translation>
    </message>
    <message>
        <source>No new receipt numbers can be issued until the record of receipt numbers is repaired.</source>
        <translation>在回执编号记录修复之前，无法生成新的回执编号。</translation>
    </message>
    <message>
        <source>Receipt numbers continue from %1 each day, so no number is ever issued twice.</source>
        <translation>此后每天的回执编号从 %1 起编，任何编号都不会重复发放。</translation>
    </message>
    <message>
        <source>Receipt %1: the request was lost. Follow it up with the customer.</source>
        <translation>回执 %1：该申请已丢失。请与客户联系跟进。</translation>
    </message>
</context>
<context>
    <name>branch::SearchController</name>
    <message>
        <source>Nothing matched. Please try other words, or call a staff member.</source>
        <translation>未找到相关业务。请换个词试试，或呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>branch::SearchQuery</name>
    <message>
        <source>That is too long to search. Please use a few words.</source>
        <translation>内容太长，无法搜索。请用几个词描述。</translation>
    </message>
    <message>
        <source>The search text contains characters that cannot be searched.</source>
        <translation>搜索内容含有无法搜索的字符。</translation>
    </message>
    <message>
        <source>Please describe the service in words.</source>
        <translation>请用文字描述您要办理的业务。</translation>
    </message>
    <message>
        <source>Type what you would like to do, in Chinese, pinyin or English.</source>
        <translation>请输入您要办理的业务，可用汉字、拼音或英文。</translation>
    </message>
</context>
<context>
    <name>branch::ShellController</name>
    <message>
        <source>Service &quot;%1&quot; was not found. Please choose a service below.</source>
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
    <name>branch::StaffCli</name>
    <message>
        <source>Use &quot;staff add ID --name NAME --role ROLE --branch BRANCH&quot; or &quot;staff reset-secret ID&quot;.</source>
        <translation>请使用 &quot;staff add ID --name NAME --role ROLE --branch BRANCH&quot; 或 &quot;staff reset-secret ID&quot;。</translation>
    </message>
    <message>
        <source>A staff id is a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>员工号以字母开头，其后最多 31 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>staff add needs --name and --branch.</source>
        <translation>staff add 需要 --name 和 --branch。</translation>
    </message>
    <message>
        <source>The role is one of: %1.</source>
        <translation>角色须为以下之一：%1。</translation>
    </message>
    <message>
        <source>Secret (PIN of 6+ digits or password of 8+ characters) for %1: </source>
        <translation>%1 的密码（至少 6 位数字的 PIN 或至少 8 个字符的密码）：</translation>
    </message>
    <message>
        <source>The secret must be a PIN of 6 to 64 digits or a password of 8 to 64 characters.</source>
        <translation>密码须为 6 至 64 位数字的 PIN，或 8 至 64 个字符的密码。</translation>
    </message>
    <message>
        <source>The secret could not be hashed (out of memory?).</source>
        <translation>无法计算密码哈希（内存不足？）。</translation>
    </message>
    <message>
        <source>Staff member %1 already exists.</source>
        <translation>员工 %1 已存在。</translation>
    </message>
    <message>
        <source>No staff member %1 is known to core.</source>
        <translation>核心系统中没有员工 %1。</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>已添加员工 %1。</translation>
    </message>
    <message>
        <source>The secret of %1 is reset and the account unlocked.</source>
        <translation>%1 的密码已重置，账户已解锁。</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
</context>
<context>
    <name>branch::StaffController</name>
    <message>
        <source>service catalogue</source>
        <translation>业务目录</translation>
    </message>
    <message>
        <source>billers</source>
        <translation>收费单位</translation>
    </message>
    <message>
        <source>avatar scripts</source>
        <translation>数字员工话术</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Reference data: none received from core yet.</source>
        <translation>参考数据：尚未从核心系统收到。</translation>
    </message>
    <message>
        <source>not reached since start</source>
        <translation>启动以来未能连通</translation>
    </message>
    <message>
        <source>Reference data: %1. Last checked with core: %2.</source>
        <translation>参考数据：%1。最近一次与核心系统核对：%2。</translation>
    </message>
    <message numerus="yes">
        <source>This kiosk&apos;s clock is %n minute(s) ahead of core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</source>
        <translation>
            <numerusform>本机时钟比核心系统快 %n 分钟。凭条使用本机时间，请尽快校正时钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This kiosk&apos;s clock is %n minute(s) behind core&apos;s. Receipts carry the kiosk&apos;s time: have the clock corrected.</source>
        <translation>
            <numerusform>本机时钟比核心系统慢 %n 分钟。凭条使用本机时间，请尽快校正时钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Card payments waiting for core&apos;s answer: %1. They are resolved with core when the kiosk starts; never charge the customer again for them.</source>
        <translation>等待核心系统确认结果的银行卡付款：%1 笔。本机启动时会向核心系统查询并结清；请勿为此再次向客户收款。</translation>
    </message>
    <message>
        <source>Sign in first: the audit log records who sent a request again.</source>
        <translation>请先登录：审计日志会记录是谁重新发送了请求。</translation>
    </message>
    <message>
        <source>Sign in first: the audit log records who switched care mode on.</source>
        <translation>请先登录：审计日志会记录是谁开启了关怀模式。</translation>
    </message>
    <message>
        <source>anti-fraud rules</source>
        <translation>反诈规则</translation>
    </message>
    <message>
        <source>anti-fraud watch list</source>
        <translation>涉诈账户名单</translation>
    </message>
</context>
<context>
    <name>branch::StaffRoles</name>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Branch administrator</source>
        <translation>网点管理员</translation>
    </message>
    <message>
        <source>Remote teller</source>
        <translation>远程柜员</translation>
    </message>
</context>
<context>
    <name>branch::StaffSignIn</name>
    <message>
        <source>Enter your staff id as it is on your badge.</source>
        <translation>请按工牌输入您的员工号。</translation>
    </message>
    <message>
        <source>Enter your password or PIN.</source>
        <translation>请输入密码或 PIN。</translation>
    </message>
    <message>
        <source>The staff id or the password is wrong.</source>
        <translation>员工号或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %n wrong passwords. Ask your branch administrator to reset it.</source>
        <translation>
            <numerusform>密码错误 %n 次，该账户已锁定。请联系网点管理员重置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Core cannot be reached, and you have not signed in on this kiosk before. Try again when the network is back.</source>
        <translation>无法连接核心系统，且您从未在本机登录过。请在网络恢复后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Core cannot be reached, and your offline sign-in on this kiosk has expired (after %n days). Sign in when the network is back.</source>
        <translation>
            <numerusform>无法连接核心系统，且您在本机的离线登录已过期（%n 天）。请在网络恢复后登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Core refused this kiosk. Ask your branch administrator to check its enrolment.</source>
        <translation>核心系统拒绝了本机。请联系网点管理员检查本机的注册。</translation>
    </message>
    <message>
        <source>The sign-in could not be kept on this kiosk. Try again.</source>
        <translation>无法在本机保存登录信息。请重试。</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>登录失败（%1）。</translation>
    </message>
</context>
<context>
    <name>branch::StaffSignInController</name>
    <message>
        <source>%1 (%2) · %3 · branch %4</source>
        <translation>%1（%2）· %3 · 网点 %4</translation>
    </message>
</context>
<context>
    <name>branch::StoreAccess</name>
    <message>
        <source>Set aside at %1. What could be read was saved: see &quot;branchctl store salvage-report&quot;.</source>
        <translation>已移至 %1。可读取的内容均已保存：请运行“branchctl store salvage-report”查看。</translation>
    </message>
</context>
<context>
    <name>branch::StoreCommand</name>
    <message>
        <source>Show what was saved from a damaged local database</source>
        <translation>查看从受损本地数据库中保存的内容</translation>
    </message>
    <message>
        <source>Usage: branchctl store salvage-report [--database &lt;path&gt;] [--json]

  salvage-report  after a damaged database was set aside: what was saved into the new one,
                  what was lost, and where receipt numbers continue. Only reads.
  --database      the kiosk database (default: %1)
  --json          one line per report, newest first

Exit codes: 0 done, 2 usage error, 3 the database could not be read.</source>
        <translation>用法：branchctl store salvage-report [--database &lt;路径&gt;] [--json]

  salvage-report  受损数据库被移到一旁之后：哪些内容已保存到新数据库、
                  哪些内容已丢失，以及回执编号从何处继续。只读。
  --database      自助机数据库（默认：%1）
  --json          每份报告一行，最新的在前

退出码：0 完成，2 用法错误，3 无法读取数据库。</translation>
    </message>
    <message>
        <source>Salvage %1, %2</source>
        <translation>恢复 %1，%2</translation>
    </message>
    <message>
        <source>Damaged database kept at: %1</source>
        <translation>受损数据库保留于：%1</translation>
    </message>
    <message>
        <source>%1: %2 saved, %3 lost</source>
        <translation>%1：已保存 %2，丢失 %3</translation>
    </message>
    <message>
        <source>Receipt numbers continue from %1 each day, so none is issued twice.</source>
        <translation>此后每天的回执编号从 %1 起编，不会重复发放。</translation>
    </message>
    <message>
        <source>Receipt %1: the request was lost; follow it up with the customer.</source>
        <translation>回执 %1：该申请已丢失；请与客户联系跟进。</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help store&quot;.</source>
        <translation>选项 %1 未知或不完整。请运行“branchctl help store”。</translation>
    </message>
    <message>
        <source>The only action is &quot;salvage-report&quot;.</source>
        <translation>唯一的操作是“salvage-report”。</translation>
    </message>
    <message>
        <source>No damaged database has been set aside here.</source>
        <translation>此处没有被移到一旁的受损数据库。</translation>
    </message>
</context>
<context>
    <name>branch::SubmitCommand</name>
    <message>
        <source>Store a service request from a file of answers, as the kiosk does</source>
        <translation>按终端方式，从填写内容文件保存一笔业务申请</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help submit&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help submit”。</translation>
    </message>
    <message>
        <source>A kiosk code is 2 to 12 upper-case letters and digits.</source>
        <translation>终端代码为 2 到 12 位大写字母或数字。</translation>
    </message>
    <message>
        <source>The amount could not be worked out.</source>
        <translation>无法计算金额。</translation>
    </message>
    <message>
        <source>Stored. Receipt number: %1</source>
        <translation>已保存。回执编号：%1</translation>
    </message>
    <message>
        <source>Usage: branchctl submit &lt;service-id&gt; --data &lt;file.json&gt; [--database &lt;path&gt;]
                        [--kiosk-code &lt;code&gt;] [--accept-warnings] [--json]
                        [--prefill &lt;reference&gt;] [--dev-insecure-secrets &lt;dir&gt;]

  --data                  a JSON object of field ids and values
  --database              the kiosk database (default: %1)
  --kiosk-code            first part of the receipt number (default: %2)
  --accept-warnings       store answers that only need confirmation
  --prefill               the e-Tongban prefill this completes (its 32-hex reference,
                          from &quot;branchctl prefill read&quot;); core marks it used
  --json                  print one line: {&quot;service&quot;:...,&quot;receipt&quot;:...}
  --dev-insecure-secrets  DEVELOPMENT ONLY: keys as files in &lt;dir&gt;, not the keychain

Exit codes: 0 stored, 1 invalid, 4 needs confirmation, 2 usage error, 3 store failure.</source>
        <translation>用法：branchctl submit &lt;业务编号&gt; --data &lt;文件.json&gt; [--database &lt;路径&gt;]
                       [--kiosk-code &lt;代码&gt;] [--accept-warnings] [--json]
                       [--prefill &lt;编号&gt;] [--dev-insecure-secrets &lt;目录&gt;]

  --data                  由字段编号和值组成的 JSON 对象
  --database              终端数据库（默认：%1）
  --kiosk-code            回执编号的第一部分（默认：%2）
  --accept-warnings       保存仅需确认的填写内容
  --prefill               本次办理完成的e通办预填（32位十六进制编号，
                          来自“branchctl prefill read”）；核心系统将其标记为已使用
  --json                  输出一行：{&quot;service&quot;:...,&quot;receipt&quot;:...}
  --dev-insecure-secrets  仅限开发：密钥以文件形式保存在&lt;目录&gt;中，不用系统密钥环

退出码：0 已保存，1 无效，4 需要确认，2 用法错误，3 保存失败。</translation>
    </message>
    <message>
        <source>A prefill reference is 32 lower-case hexadecimal characters, as &quot;branchctl prefill read&quot; prints it.</source>
        <translation>预填编号为32位小写十六进制字符，即“branchctl prefill read”打印的编号。</translation>
    </message>
</context>
<context>
    <name>branch::SupervisorApproval</name>
    <message>
        <source>Enter the supervisor&apos;s staff id: a letter followed by letters or digits.</source>
        <translation>请输入主管的员工号：以字母开头，后跟字母或数字。</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s PIN or password.</source>
        <translation>请输入主管的密码或 PIN。</translation>
    </message>
    <message>
        <source>Dual control: the staff member who entered this transaction cannot authorize it. Please ask another supervisor.</source>
        <translation>双人控制：录入此笔业务的员工不能为其授权。请另请一位主管。</translation>
    </message>
    <message>
        <source>The staff id or the secret is wrong. After five wrong secrets in a row the account is locked.</source>
        <translation>员工号或密码错误。连续输错五次，账户将被锁定。</translation>
    </message>
    <message>
        <source>This staff account is locked after too many wrong secrets. An administrator must reset it.</source>
        <translation>该员工账户因密码错误次数过多已被锁定，须由管理员重置。</translation>
    </message>
    <message>
        <source>Only a supervisor or a branch administrator can authorize this transaction.</source>
        <translation>只有主管或网点管理员可以授权此笔业务。</translation>
    </message>
    <message>
        <source>Core says this transaction needs no authorization. Please go back and check the amount.</source>
        <translation>银行系统显示此笔业务无需授权。请返回核对金额。</translation>
    </message>
    <message>
        <source>An authorization needs the bank&apos;s system, which cannot be reached now. Please complete this transaction at the counter.</source>
        <translation>授权需要连接银行系统，目前无法连接。请到柜台办理此笔业务。</translation>
    </message>
    <message>
        <source>The bank&apos;s system refused this authorization request. Please ask at the counter.</source>
        <translation>银行系统拒绝了此授权请求。请到柜台咨询。</translation>
    </message>
    <message>
        <source>The authorization from the bank&apos;s system could not be verified, so it was not accepted. Please ask at the counter.</source>
        <translation>银行系统返回的授权无法核验，未予接受。请到柜台咨询。</translation>
    </message>
</context>
<context>
    <name>branch::SyncCommand</name>
    <message>
        <source>Deliver the outbox to core, or show the delivery status</source>
        <translation>将待发队列发送到核心系统，或显示发送状态</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1. Run &quot;branchctl help sync&quot;.</source>
        <translation>未知或不完整的选项 %1。请运行“branchctl help sync”。</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>无法识别的参数。</translation>
    </message>
    <message>
        <source>Use &quot;sync run&quot; or &quot;sync status&quot;.</source>
        <translation>请使用“sync run”或“sync status”。</translation>
    </message>
    <message>
        <source>A numeric option is out of range.</source>
        <translation>数值选项超出范围。</translation>
    </message>
    <message>
        <source>No core address: enrol the device, or give --core and --ca.</source>
        <translation>没有核心系统地址：请先注册本设备，或指定 --core 和 --ca。</translation>
    </message>
    <message>
        <source>The core address or CA file cannot be used.</source>
        <translation>核心系统地址或 CA 文件无法使用。</translation>
    </message>
    <message>
        <source>Sent %1, acknowledged %2, rejected %3; %4 pending, %5 awaiting an answer.</source>
        <translation>已发送 %1 条，已确认 %2 条，已拒绝 %3 条；待发送 %4 条，等待回复 %5 条。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Pending %1, sent %2, acknowledged %3, rejected %4.</source>
        <translation>待发送 %1，已发送(待确认) %2，已确认 %3，已拒绝 %4。</translation>
    </message>
    <message>
        <source>Core: online</source>
        <translation>核心系统：在线</translation>
    </message>
    <message>
        <source>Core: offline</source>
        <translation>核心系统：离线</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>最近一次成功：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Warning: this kiosk&apos;s clock is %1 s away from core&apos;s.</source>
        <translation>警告：本机时钟与核心系统相差 %1 秒。</translation>
    </message>
    <message>
        <source>Usage: branchctl sync run [--until-empty] [--core &lt;url&gt; --ca &lt;file&gt;] [--database &lt;path&gt;]
                          [--dev-insecure-secrets &lt;dir&gt;] [--reference] [--json]
                          [--batch N] [--timeout-ms N] [--retry-base-ms N] [--retry-cap-ms N]
                          [--seed N] [--max-seconds N]
       branchctl sync status [--database &lt;path&gt;] [--json]

  run     resolve entries whose outcome is unknown, then send due entries in batches
          --until-empty  repeat, waiting out backoff, until nothing is pending or sent
          --core, --ca   core&apos;s https URL and the only CA to trust (default: as enrolled)
          --dev-insecure-secrets  DEVELOPMENT ONLY: read the credential from this directory
          --reference    also pull catalog, bills, avatar scripts and exchange rates
          --batch        transactions per request, 1 to 500 (default 500)
          --seed         seed for retry jitter (default: random)
  status  counts by state, last success, online, clock skew (no network)

Exit codes: 0 done, 2 usage error, 3 core or the local database failed.</source>
        <translation>用法：branchctl sync run [--until-empty] [--core &lt;url&gt; --ca &lt;文件&gt;] [--database &lt;路径&gt;]
                         [--dev-insecure-secrets &lt;目录&gt;] [--reference] [--json]
                         [--batch N] [--timeout-ms N] [--retry-base-ms N] [--retry-cap-ms N]
                         [--seed N] [--max-seconds N]
      branchctl sync status [--database &lt;路径&gt;] [--json]

  run     先确认结果未知的条目，再分批发送已到发送时间的条目
          --until-empty  反复执行并等待退避时间结束，直到没有待发送或已发送(待确认)的条目
          --core, --ca   核心系统的 https URL 及唯一受信任的 CA（默认：注册时的设置）
          --dev-insecure-secrets  仅限开发：从此目录读取凭证
          --reference    同时拉取业务目录、账单、数字人脚本和汇率
          --batch        每个请求包含的交易数，1 到 500（默认 500）
          --seed         重试抖动的随机种子（默认：随机）
  status  各状态的数量、最近一次成功时间、是否在线、时钟偏差（不访问网络）

退出码：0 完成，2 用法错误，3 核心系统或本地数据库故障。</translation>
    </message>
    <message>
        <source>Audit log anchored at core up to row %1.</source>
        <translation>审计日志已在核心系统锚定至第 %1 行。</translation>
    </message>
    <message>
        <source>The audit log was not anchored at core: %1</source>
        <translation>审计日志未能在核心系统锚定：%1</translation>
    </message>
</context>
<context>
    <name>branch::SyncStatus</name>
    <message numerus="yes">
        <source>Offline (not set up) — %n waiting</source>
        <translation>
            <numerusform>离线（未配置）— %n 笔待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n request(s) waiting to be sent</source>
        <translation>
            <numerusform>离线 — %n 笔申请等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 笔待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by core</source>
        <translation>
            <numerusform>核心系统已拒绝 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>Press and hold to open the staff page</source>
        <translation>长按打开工作人员页面</translation>
    </message>
    <message>
        <source>This kiosk is not connected to core. Press and hold to open the staff page</source>
        <translation>本终端未连接核心系统。长按打开工作人员页面</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 笔申请等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk is not connected to core: requests are kept until it is.</source>
        <translation>本终端未连接核心系统：申请会保存在本机，连接后再发送。</translation>
    </message>
    <message>
        <source>Some services are unavailable</source>
        <translation>部分业务暂不可办理</translation>
    </message>
    <message>
        <source>Service normal</source>
        <translation>服务正常</translation>
    </message>
</context>
<context>
    <name>branch::ValidateCommand</name>
    <message>
        <source>Unknown option. Run &quot;branchctl help validate&quot;.</source>
        <translation>未知选项。运行“branchctl help validate”查看用法。</translation>
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
    <message>
        <source>Check an identity document, credit code, bank card or mobile number</source>
        <translation>校验证件号码、统一社会信用代码、银行卡号或手机号码</translation>
    </message>
    <message>
        <source>Usage: branchctl validate &lt;id|uscc|card|mobile|passport|foreign_prid|hmt_permit&gt; &lt;value&gt; [--json]

  --json  print one JSON line: {&quot;kind&quot;:...,&quot;status&quot;:...,&quot;reason&quot;:...}

Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.</source>
        <translation>用法：branchctl validate &lt;id|uscc|card|mobile|passport|foreign_prid|hmt_permit&gt; &lt;值&gt; [--json]

  --json  输出一行 JSON：{&quot;kind&quot;:...,&quot;status&quot;:...,&quot;reason&quot;:...}

退出码：0 有效，1 无效，4 需要确认，2 用法错误。</translation>
    </message>
    <message>
        <source>Missing the kind of value: id, uscc, card, mobile, passport, foreign_prid or hmt_permit.</source>
        <translation>缺少值的类型：id、uscc、card、mobile、passport、foreign_prid 或 hmt_permit。</translation>
    </message>
    <message>
        <source>Unknown kind of value. Use id, uscc, card, mobile, passport, foreign_prid or hmt_permit.</source>
        <translation>未知的值类型。请使用 id、uscc、card、mobile、passport、foreign_prid 或 hmt_permit。</translation>
    </message>
</context>
<context>
    <name>branch::Validation</name>
    <message>
        <source>Resident ID number</source>
        <translation>身份证号码</translation>
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
        <source>The date of birth in the ID number is before 1900.</source>
        <translation>身份证号码中的出生日期早于 1900 年。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is in the future.</source>
        <translation>身份证号码中的出生日期晚于今天。</translation>
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
        <source>A mainland mobile number starts with 13 to 19.</source>
        <translation>内地手机号码应以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted.</source>
        <translation>仅支持中国内地手机号码（+86）。</translation>
    </message>
    <message>
        <source>Thousands separators must separate groups of three digits.</source>
        <translation>千位分隔符须每三位数字分隔一次。</translation>
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
    <message>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID number</source>
        <translation>外国人永久居留身份证号码</translation>
    </message>
    <message>
        <source>Hong Kong, Macao and Taiwan residence permit number</source>
        <translation>港澳台居民居住证号码</translation>
    </message>
    <message>
        <source>Characters 7 to 14 are the date of birth (YYYYMMDD), and this is not a real date.</source>
        <translation>第7到14位是出生日期（年月日），这不是一个有效日期</translation>
    </message>
    <message>
        <source>This number does not add up. Please compare it with your document, character by character.</source>
        <translation>号码有误，请对照证件逐位核对</translation>
    </message>
    <message>
        <source>Please enter an amount in yuan, like 120.50.</source>
        <translation>请按元填写金额，如 120.50</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places, like 120.50.</source>
        <translation>金额最多两位小数，如 120.50</translation>
    </message>
    <message>
        <source>digits and capital letters</source>
        <translation>数字和大写字母</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>字母和数字</translation>
    </message>
    <message>
        <source>digits, with X allowed as the last character</source>
        <translation>数字，最后一位可以是 X</translation>
    </message>
    <message>
        <source>%1 should be %2 characters long.</source>
        <translation>%1应为%2位</translation>
    </message>
    <message>
        <source>%1 should be %2 to %3 characters long.</source>
        <translation>%1应为%2到%3位</translation>
    </message>
    <message>
        <source>%1 should be %2 characters long; you entered %3.</source>
        <translation>%1应为%2位，您输入了%3位</translation>
    </message>
    <message>
        <source>%1 should be %2 to %3 characters long; you entered %4.</source>
        <translation>%1应为%2到%3位，您输入了%4位</translation>
    </message>
    <message>
        <source>A foreign permanent resident ID number starts with 9.</source>
        <translation>外国人永久居留身份证号码以 9 开头</translation>
    </message>
    <message>
        <source>A Hong Kong, Macao or Taiwan residence permit number starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).</source>
        <translation>港澳台居民居住证号码以 810000（香港）、820000（澳门）或 830000（台湾）开头</translation>
    </message>
    <message>
        <source>%1 may contain only %2.</source>
        <translation>%1只能包含%2</translation>
    </message>
    <message>
        <source>Characters 2 and 3 are the code of the province that issued the card, and this code does not exist.</source>
        <translation>第2、3位是发证省份代码，这个代码不存在</translation>
    </message>
    <message>
        <source>This is the number of the older card (three letters and twelve digits). Please enter the 18-character number of the 2023 card, or show your card at the counter.</source>
        <translation>这是旧版证件号码（3个字母加12位数字）。请填写2023年版证件的18位号码，或到柜台出示证件。</translation>
    </message>
    <message>
        <source>A passport number has digits in it. Please enter the number, not the name.</source>
        <translation>护照号码中有数字，请填写号码而不是姓名</translation>
    </message>
    <message>
        <source>%1 does not add up. Please compare it with your document, character by character.</source>
        <translation>%1有误，请对照证件逐位核对</translation>
    </message>
    <message>
        <source>Please compare the number with your card, and confirm it if it is right.</source>
        <translation>请对照银行卡核对卡号，如无误请确认</translation>
    </message>
</context>
</TS>
