<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../app/console/main.cpp" line="70"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="71"/>
        <source>%1 has errors. Fix them and start the console again.</source>
        <translation>%1 にエラーがあります。修正してからコンソールを起動し直してください。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="112"/>
        <source>Read the Falco endpoints, Terraform states and drift rules from FILE.</source>
        <translation>FILE から Falco のエンドポイント、Terraform ステート、ドリフトルールを読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="144"/>
        <source>%1: falco.enabled is false; no alert sources are started</source>
        <translation>%1: falco.enabled が false のため、アラートソースを開始しません</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="96"/>
        <source>unknown language &quot;%1&quot;; choose one of: %2</source>
        <translation>不明な言語「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="107"/>
        <source>Watch Falco alerts for changes made outside Terraform.</source>
        <translation>Terraform の外で行われた変更を Falco のアラートで監視します。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="113"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="116"/>
        <source>Watch the built-in demo feed (the default without --config).</source>
        <translation>内蔵デモフィードを監視します (--config を指定しないときの既定)。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="118"/>
        <source>User interface language: en or ja (default: the system&apos;s).</source>
        <translation>表示言語: en または ja (既定はシステムの言語)。</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="119"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="173"/>
        <source>drift history not kept: %1</source>
        <translation>ドリフト履歴は保存されません: %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="170"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertBodyParser</name>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="39"/>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="59"/>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="61"/>
        <source>item %1 (counting from 0): %2</source>
        <translation>項目 %1 (0 から数えて): %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="90"/>
        <source>line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="92"/>
        <source>line %1: %2</source>
        <translation>%1 行: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="105"/>
        <source>empty body; expected a Falco alert as JSON</source>
        <translation>本文が空です。Falco のアラートを JSON で送ってください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/AlertBodyParser.cpp" line="129"/>
        <source>invalid JSON at %1: %2</source>
        <translation>%1 の JSON が不正です: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertJson</name>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="31"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="43"/>
        <source>missing &quot;rule&quot;</source>
        <translation>「rule」がありません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="52"/>
        <source>missing &quot;priority&quot;</source>
        <translation>「priority」がありません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="53"/>
        <source>invalid &quot;priority&quot;: expected one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug</source>
        <translation>「priority」が不正です: Emergency、Alert、Critical、Error、Warning、Notice、Informational、Debug のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="63"/>
        <source>missing &quot;time&quot;</source>
        <translation>「time」がありません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="64"/>
        <source>invalid &quot;time&quot;: expected an RFC 3339 timestamp</source>
        <translation>「time」が不正です: RFC 3339 形式のタイムスタンプが必要です</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="84"/>
        <location filename="../core/falco/AlertJson.cpp" line="90"/>
        <source>&quot;tags&quot; must be an array of strings</source>
        <translation>「tags」は文字列の配列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="98"/>
        <source>&quot;output_fields&quot; must be an object</source>
        <translation>「output_fields」はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/falco/AlertJson.cpp" line="117"/>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::AlertTableModel</name>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="132"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="133"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="134"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="137"/>
        <source>Source</source>
        <extracomment>Falco&apos;s event source, e.g. aws_cloudtrail or syscall</extracomment>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="140"/>
        <source>Endpoint</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="141"/>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="144"/>
        <source>Output</source>
        <extracomment>Falco&apos;s formatted alert message</extracomment>
        <translation>出力</translation>
    </message>
</context>
<context>
    <name>tfdrift::AppConfig</name>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="73"/>
        <source>&quot;state_refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</source>
        <translation>&quot;state_refresh_interval&quot; は 0 (定期再読み込みなし) か 1s 以上にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="141"/>
        <source>&quot;mappings&quot; must be a list of catalog files</source>
        <translation>&quot;mappings&quot; はカタログファイルのリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="152"/>
        <source>mapping catalog %1 does not exist</source>
        <translation>マッピングカタログ %1 が存在しません</translation>
    </message>
</context>
<context>
    <name>tfdrift::AttributeDiffModel</name>
    <message numerus="yes">
        <location filename="../models/AttributeDiffModel.cpp" line="82"/>
        <source>(%n more line(s))</source>
        <extracomment>Shown below the first lines of a long value in the attribute diff; the tooltip has all of it</extracomment>
        <translation>
            <numerusform>(ほか %n 行)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="97"/>
        <source>(absent)</source>
        <extracomment>An attribute value missing on one side of the diff (not in state, or not set by the call)</extracomment>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="99"/>
        <source>(unknown)</source>
        <extracomment>An attribute value that neither the state nor the cloud call reveals</extracomment>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="251"/>
        <source>Attribute</source>
        <extracomment>Terraform attribute name</extracomment>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="254"/>
        <source>In Terraform state</source>
        <extracomment>The attribute&apos;s value as Terraform state records it</extracomment>
        <translation>Terraform ステートの値</translation>
    </message>
    <message>
        <location filename="../models/AttributeDiffModel.cpp" line="257"/>
        <source>New value</source>
        <extracomment>The attribute&apos;s value set by the cloud API call</extracomment>
        <translation>新しい値</translation>
    </message>
</context>
<context>
    <name>tfdrift::AttributeTitle</name>
    <message>
        <location filename="../models/AttributeTitle.cpp" line="14"/>
        <source>(modified out of band)</source>
        <extracomment>In place of an attribute name: the call changed the resource, but not in a way that names an attribute</extracomment>
        <translation>(属性を特定できない変更)</translation>
    </message>
</context>
<context>
    <name>tfdrift::CaptureFile</name>
    <message>
        <location filename="../core/capture/CaptureFile.cpp" line="45"/>
        <location filename="../core/capture/CaptureFile.cpp" line="53"/>
        <source>Cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConfigDocument</name>
    <message>
        <location filename="../core/config/ConfigDocument.cpp" line="41"/>
        <source>config file must be a mapping of sections (falco:, providers:, ...)</source>
        <translation>設定ファイルはセクション (falco:、providers: など) のマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDocument.cpp" line="52"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConfigValueReader</name>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="26"/>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="69"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="126"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="140"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="152"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="195"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="206"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="223"/>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; は %2 にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="77"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="83"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="91"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; を空にはできません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="102"/>
        <location filename="../core/config/ConfigValueReader.cpp" line="109"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>&quot;%1&quot; は文字列のリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="124"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="146"/>
        <source>a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</source>
        <translation>&quot;100ms&quot;、&quot;30s&quot;、&quot;5m&quot; のような時間</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="161"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>「%1」は整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="179"/>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>「%1」は %2 から %3 の範囲でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="231"/>
        <source>&quot;%1&quot; must be a mapping of keys to values</source>
        <translation>「%1」はキーと値のマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigValueReader.cpp" line="245"/>
        <source>&quot;%1&quot; appears twice in %2; keep only one</source>
        <translation>&quot;%1&quot; が %2 に 2 回あります。1 つだけにしてください</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConnectionProbe</name>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="79"/>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="111"/>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="88"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="101"/>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="106"/>
        <source>Connected: this server does not report its Falco version</source>
        <translation>接続しました。このサーバーは Falco のバージョンを通知しません</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="102"/>
        <source>Connected: Falco %1</source>
        <translation>接続しました: Falco %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/ConnectionProbe.cpp" line="109"/>
        <source>No answer from %1 within %n s</source>
        <translation>
            <numerusform>%1 から %n 秒以内に応答がありませんでした</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="179"/>
        <source>Listen address %1 is not valid: %2</source>
        <translation>待ち受けアドレス %1 が不正です: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="184"/>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="187"/>
        <source>Can listen on %1</source>
        <translation>%1 で待ち受けできます</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="194"/>
        <source>No replay file given</source>
        <translation>リプレイファイルが指定されていません</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="197"/>
        <source>Replay file %1 does not exist</source>
        <translation>リプレイファイル %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="199"/>
        <source>%1 is a folder, not a replay file</source>
        <translation>%1 はフォルダーです。リプレイファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="202"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="214"/>
        <source>%1 holds no alerts</source>
        <translation>%1 にアラートがありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionProbe.cpp" line="216"/>
        <source>Readable: line %1 is an alert of rule &quot;%2&quot;</source>
        <translation>読み込めます: %1 行目はルール &quot;%2&quot; のアラートです</translation>
    </message>
</context>
<context>
    <name>tfdrift::ConnectionState</name>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="18"/>
        <location filename="../core/ingest/ConnectionState.cpp" line="31"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="19"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="20"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="21"/>
        <source>Listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="22"/>
        <source>Retrying</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="23"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="32"/>
        <source>Connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="33"/>
        <source>Connected to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="34"/>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/ConnectionState.cpp" line="37"/>
        <source>Retrying in %n s: %1</source>
        <translation>
            <numerusform>%n 秒後に再試行: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/ConnectionState.cpp" line="39"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::CriticalDriftNotifier</name>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="88"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="116"/>
        <source>Critical drift</source>
        <translation>重大なドリフト</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="116"/>
        <source>%L1 critical drift events</source>
        <translation>重大なドリフトイベント %L1 件</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="120"/>
        <source>%1: %2</source>
        <comment>change kind: resource</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="123"/>
        <source>By an unknown user</source>
        <translation>変更者: 不明なユーザー</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="123"/>
        <source>By %1</source>
        <comment>who made the change</comment>
        <translation>変更者: %1</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="126"/>
        <source>Account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <location filename="../ui/CriticalDriftNotifier.cpp" line="128"/>
        <source>and %L1 more</source>
        <translation>ほか %L1 件</translation>
    </message>
</context>
<context>
    <name>tfdrift::DemoFalco</name>
    <message>
        <location filename="../core/emulator/DemoFalco.cpp" line="30"/>
        <source>the built-in demo feed is not available</source>
        <translation>内蔵デモフィードを利用できません</translation>
    </message>
</context>
<context>
    <name>tfdrift::DemoFeedSource</name>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="71"/>
        <source>the built-in demo feed</source>
        <translation>内蔵デモフィード</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="75"/>
        <source>the demo feed needs %1, which is missing or not executable</source>
        <translation>デモフィードには %1 が必要ですが、見つからないか実行できません</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="83"/>
        <source>cannot create a folder for the demo feed&apos;s socket: %1</source>
        <translation>デモフィードのソケット用フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="116"/>
        <source>the emulator did not open its socket within %1 s</source>
        <translation>エミュレーターが %1 秒以内にソケットを開きませんでした</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="138"/>
        <location filename="../ui/DemoFeedSource.cpp" line="140"/>
        <source>the built-in emulator</source>
        <translation>内蔵エミュレーター</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="167"/>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="174"/>
        <source>the emulator crashed</source>
        <translation>エミュレーターがクラッシュしました</translation>
    </message>
    <message>
        <location filename="../ui/DemoFeedSource.cpp" line="175"/>
        <source>the emulator exited with code %1</source>
        <translation>エミュレーターが終了コード %1 で終了しました</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftChartsDock</name>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="454"/>
        <location filename="../ui/DriftChartsDock.cpp" line="545"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="531"/>
        <location filename="../ui/DriftChartsDock.cpp" line="545"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="546"/>
        <source>No drift events</source>
        <translation>ドリフトイベントはありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DriftChartsDock.cpp" line="558"/>
        <source>%1: %2 of %n drift event(s)</source>
        <translation>
            <numerusform>%1: ドリフトイベント %n 件中 %2 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="561"/>
        <source>Click to filter the table by this severity.</source>
        <translation>クリックすると、この重大度で表を絞り込みます。</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="572"/>
        <source>(unknown: the events have no value)</source>
        <translation>(不明: イベントに値がありません)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DriftChartsDock.cpp" line="573"/>
        <source>%n drift event(s)</source>
        <translation>
            <numerusform>ドリフトイベント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="574"/>
        <source>Click to filter the table by this value.</source>
        <translation>クリックすると、この値で表を絞り込みます。</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="600"/>
        <source>Drift charts</source>
        <translation>ドリフトグラフ</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="601"/>
        <source>&amp;Range:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="602"/>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="603"/>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="604"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="605"/>
        <source>Time range of the drift chart</source>
        <translation>ドリフトグラフの期間</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="607"/>
        <source>Drift over time</source>
        <translation>ドリフトの推移</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="608"/>
        <source>Drift over time by severity</source>
        <translation>重大度別のドリフトの推移</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="612"/>
        <source>Top resource types</source>
        <translation>リソースタイプ上位</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="612"/>
        <source>Top users</source>
        <translation>ユーザー上位</translation>
    </message>
    <message>
        <location filename="../ui/DriftChartsDock.cpp" line="612"/>
        <source>Top accounts</source>
        <translation>アカウント上位</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftDetailPane</name>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="356"/>
        <source>%1 · %2 · %3</source>
        <comment>Detail pane heading: severity, change kind, resource</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="408"/>
        <source>The resource was deleted: no attribute changes to show.</source>
        <translation>リソースは削除されました。表示する属性の変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="409"/>
        <source>No attribute changes are known for this event.</source>
        <translation>このイベントについて判明している属性の変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="420"/>
        <source>No Terraform state is loaded, so the resource cannot be looked up.</source>
        <translation>Terraform ステートが読み込まれていないため、リソースを参照できません。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="427"/>
        <source>The current Terraform state no longer has %1 (state &quot;%2&quot;): it may have been removed or renamed since the event.</source>
        <translation>現在の Terraform ステートには %1 (ステート &quot;%2&quot;) がありません。イベントの後に削除されたか、名前が変更された可能性があります。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="431"/>
        <source>Not managed by Terraform: the event names no resource to look up.</source>
        <translation>Terraform の管理外です。イベントに参照できるリソースが示されていません。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="433"/>
        <source>Not managed by Terraform: no loaded state has %1 &quot;%2&quot;.</source>
        <translation>Terraform の管理外です。読み込まれたどのステートにも %1 &quot;%2&quot; はありません。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="441"/>
        <source>When the event happened this resource was %1 in state &quot;%2&quot;; the current state has it as shown below.</source>
        <translation>イベント発生時、このリソースはステート &quot;%2&quot; の %1 でした。現在のステートでは以下のとおりです。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="510"/>
        <source>Changes to %1:</source>
        <extracomment>First line of the attribute diff copied to the clipboard; %1 is the Terraform address or cloud id</extracomment>
        <translation>%1 の変更:</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="528"/>
        <source>Select a drift event to see its details.</source>
        <translation>ドリフトイベントを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="529"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="531"/>
        <source>Changes</source>
        <extracomment>Tab with the attribute diff of a drift event</extracomment>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="533"/>
        <location filename="../ui/DriftDetailPane.cpp" line="645"/>
        <source>Terraform state</source>
        <extracomment>Tab with the resource as the current Terraform state has it
----------
Name of the configured Terraform state that manages the resource</extracomment>
        <translation>Terraform ステート</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="535"/>
        <source>Raw alert</source>
        <extracomment>Tab with the Falco alert as Falco sent it</extracomment>
        <translation>元のアラート</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="545"/>
        <source>Copy JSON</source>
        <extracomment>Button: copy the drift event as JSON</extracomment>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="545"/>
        <source>Copy the drift event as JSON</source>
        <translation>ドリフトイベントを JSON としてコピーします</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="547"/>
        <source>Copy alert</source>
        <extracomment>Button: copy the Falco alert as JSON</extracomment>
        <translation>アラートをコピー</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="547"/>
        <source>Copy the raw Falco alert as JSON</source>
        <translation>元の Falco アラートを JSON としてコピーします</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="549"/>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="550"/>
        <source>Copy the Terraform address, or the cloud resource id when no state manages the resource</source>
        <translation>Terraform アドレスをコピーします。リソースを管理するステートがない場合はクラウドのリソース ID をコピーします</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="551"/>
        <source>Copy diff</source>
        <translation>差分をコピー</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="551"/>
        <source>Copy the attribute changes as plain text</source>
        <translation>属性の変更をプレーンテキストとしてコピーします</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="552"/>
        <source>Copy the drift event</source>
        <translation>ドリフトイベントをコピー</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="559"/>
        <source>Attribute changes</source>
        <translation>属性の変更</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="561"/>
        <source>Address</source>
        <extracomment>Where the Terraform state has the resource, e.g. module.net.aws_security_group.ssh[0]</extracomment>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="563"/>
        <source>State</source>
        <extracomment>Name of the configured Terraform state</extracomment>
        <translation>ステート</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="564"/>
        <location filename="../ui/DriftDetailPane.cpp" line="636"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="566"/>
        <source>Provider</source>
        <extracomment>Terraform provider, e.g. registry.terraform.io/hashicorp/aws</extracomment>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="568"/>
        <source>Masked attributes</source>
        <extracomment>Attributes whose values the state marks sensitive; they are never shown</extracomment>
        <translation>マスクされた属性</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="569"/>
        <source>Terraform state attributes</source>
        <translation>Terraform ステートの属性</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="570"/>
        <source>Raw Falco alert</source>
        <translation>元の Falco アラート</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="577"/>
        <location filename="../ui/DriftDetailPane.cpp" line="579"/>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="577"/>
        <source>Expand all state attributes</source>
        <translation>ステートの属性をすべて展開します</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="578"/>
        <location filename="../ui/DriftDetailPane.cpp" line="580"/>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="578"/>
        <source>Collapse all state attributes</source>
        <translation>ステートの属性をすべて折りたたみます</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="579"/>
        <source>Expand the whole alert</source>
        <translation>アラート全体を展開します</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="580"/>
        <source>Collapse the whole alert</source>
        <translation>アラート全体を折りたたみます</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="600"/>
        <source>Drift</source>
        <extracomment>Summary section: how the drift was judged</extracomment>
        <translation>ドリフト</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="601"/>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="603"/>
        <source>Cloud call</source>
        <extracomment>Summary section: the cloud API call that caused the drift</extracomment>
        <translation>クラウド API 呼び出し</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="605"/>
        <source>Caller</source>
        <extracomment>Summary section: who made the call</extracomment>
        <translation>呼び出し元</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="606"/>
        <source>Falco alert</source>
        <translation>Falco アラート</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="628"/>
        <source>Detected</source>
        <extracomment>When the console detected the drift, local time</extracomment>
        <translation>検出日時</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="629"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="631"/>
        <source>Change</source>
        <extracomment>Modified, created, deleted or unmanaged</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="633"/>
        <source>Excluded</source>
        <extracomment>Whether drift_rules exclude the event&apos;s user</extracomment>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="635"/>
        <source>Matched rules</source>
        <extracomment>Names of the drift_rules that matched the event</extracomment>
        <translation>一致したルール</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="638"/>
        <source>Event number</source>
        <extracomment>The console&apos;s sequence number of the drift event</extracomment>
        <translation>イベント番号</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="640"/>
        <source>Resource type</source>
        <extracomment>Terraform resource type, e.g. aws_instance</extracomment>
        <translation>リソースタイプ</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="642"/>
        <source>Resource id</source>
        <extracomment>The cloud&apos;s id of the resource</extracomment>
        <translation>リソース ID</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="643"/>
        <source>Terraform address</source>
        <translation>Terraform アドレス</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="647"/>
        <source>Event time</source>
        <extracomment>When the cloud API call was made, local time</extracomment>
        <translation>イベント日時</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="649"/>
        <source>Cloud</source>
        <extracomment>AWS or Google Cloud</extracomment>
        <translation>クラウド</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="651"/>
        <source>Account / project</source>
        <extracomment>AWS account id or GCP project</extracomment>
        <translation>アカウント / プロジェクト</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="652"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="654"/>
        <source>Event name</source>
        <extracomment>CloudTrail eventName or GCP methodName</extracomment>
        <translation>イベント名</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="656"/>
        <source>Event source</source>
        <extracomment>CloudTrail eventSource or GCP service name</extracomment>
        <translation>イベントソース</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="657"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="659"/>
        <source>Identity type</source>
        <extracomment>IAMUser, AssumedRole, AWSService, ...</extracomment>
        <translation>ID の種類</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="660"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="661"/>
        <source>Source IP</source>
        <translation>送信元 IP</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="662"/>
        <source>User agent</source>
        <translation>ユーザーエージェント</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="663"/>
        <source>Falco rule</source>
        <translation>Falco ルール</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="665"/>
        <source>Priority</source>
        <extracomment>Falco priority, e.g. Warning</extracomment>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="667"/>
        <source>Falco source</source>
        <extracomment>Falco event source, e.g. aws_cloudtrail</extracomment>
        <translation>Falco ソース</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="669"/>
        <source>Endpoint</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="671"/>
        <source>Falco host</source>
        <extracomment>Host name of the Falco that sent the alert</extracomment>
        <translation>Falco ホスト</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="673"/>
        <source>Alert UUID</source>
        <extracomment>falcosidekick&apos;s id of the alert</extracomment>
        <translation>アラート UUID</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="686"/>
        <source>Yes: excluded by drift_rules; not notified</source>
        <translation>はい: drift_rules で除外 (通知なし)</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="688"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="697"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location filename="../ui/DriftDetailPane.cpp" line="697"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftEventJson</name>
    <message>
        <location filename="../core/drift/DriftEventJson.cpp" line="109"/>
        <source>drift event: &quot;%1&quot; is missing or has the wrong type</source>
        <translation>ドリフトイベント: &quot;%1&quot; がないか、型が誤っています</translation>
    </message>
    <message>
        <location filename="../core/drift/DriftEventJson.cpp" line="166"/>
        <source>drift event: its Falco alert: %1</source>
        <translation>ドリフトイベント: その Falco アラート: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftEventTableModel</name>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="103"/>
        <source>Excluded by drift_rules: kept for the record, not counted as drift and never notified</source>
        <translation>drift_rules により除外: 記録として残しますが、ドリフトとして数えず通知もしません</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="250"/>
        <source>Time</source>
        <extracomment>When the drift was detected, local time</extracomment>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="251"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="254"/>
        <source>Change</source>
        <extracomment>Modified, created, deleted or unmanaged</extracomment>
        <translation>変更種別</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="257"/>
        <source>Resource type</source>
        <extracomment>Terraform resource type, e.g. aws_instance</extracomment>
        <translation>リソースタイプ</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="260"/>
        <source>Resource</source>
        <extracomment>Terraform address, or the cloud resource id when no state manages it</extracomment>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="263"/>
        <source>Attributes</source>
        <extracomment>Names of the attributes that changed</extracomment>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="266"/>
        <source>User</source>
        <extracomment>Who made the cloud API call</extracomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="269"/>
        <source>Account</source>
        <extracomment>AWS account id or GCP project</extracomment>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="270"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="273"/>
        <source>Source</source>
        <extracomment>The configured Falco endpoint that delivered the alert</extracomment>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="274"/>
        <source>Falco rule</source>
        <translation>Falco ルール</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="282"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="283"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="284"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="287"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="295"/>
        <source>Modified</source>
        <extracomment>A resource managed by Terraform was changed outside Terraform</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="296"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="299"/>
        <source>Deleted</source>
        <extracomment>A resource managed by Terraform was deleted outside Terraform</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../models/DriftEventTableModel.cpp" line="303"/>
        <source>Unmanaged</source>
        <extracomment>The resource is in no Terraform state</extracomment>
        <translation>管理外</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftEventWriter</name>
    <message>
        <location filename="../core/export/DriftEventExport.cpp" line="164"/>
        <source>the output is not open for writing</source>
        <translation>出力先が書き込み用に開かれていません</translation>
    </message>
    <message>
        <location filename="../core/export/DriftEventExport.cpp" line="168"/>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilter</name>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="229"/>
        <source>&apos;%1&apos; is not a condition; write a field, an operator and a value, such as severity &gt;= high.</source>
        <translation>&apos;%1&apos; は条件ではありません。severity &gt;= high のように、フィールド、演算子、値を書いてください。</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="238"/>
        <source>expected a condition here</source>
        <translation>ここには条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="252"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; の誤りではありませんか?</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="265"/>
        <source>transformers such as %1() are not supported in filters</source>
        <translation>%1() のような変換関数はフィルターでは使えません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="269"/>
        <source>unknown field &apos;%1&apos;.</source>
        <translation>不明なフィールド &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="273"/>
        <source>the field %1 takes no [argument]</source>
        <translation>フィールド %1 は [引数] を取りません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="286"/>
        <source>&apos;%1&apos; compares bytes and is not supported in filters; use contains or startswith</source>
        <translation>&apos;%1&apos; はバイト列を比較するため、フィルターでは使えません。contains か startswith を使ってください</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="290"/>
        <source>%1 has no order; compare it with =, != or in</source>
        <translation>%1 には順序がありません。=、!=、in で比較してください</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="305"/>
        <source>the comparison has no value</source>
        <translation>比較に値がありません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="308"/>
        <source>%1() is not supported in filters; compare with a value</source>
        <translation>%1() はフィルターでは使えません。値と比較してください</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="331"/>
        <source>&apos;%1&apos; is not a valid %2; expected one of: %3.</source>
        <translation>&apos;%1&apos; は有効な %2 ではありません。次のいずれかが必要です: %3。</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="363"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>正規表現 &apos;%1&apos; が無効です: %2</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="370"/>
        <source>&apos;%1&apos; takes a single value</source>
        <translation>&apos;%1&apos; は値を 1 つだけ取ります</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilter.cpp" line="404"/>
        <source>the filter could not be read</source>
        <translation>フィルターを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilterBar</name>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="267"/>
        <source>Save Filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="268"/>
        <source>Save the filter under this name (a saved filter of the same name is replaced):</source>
        <translation>この名前でフィルターを保存します（同じ名前の保存済みフィルターは置き換えられます）:</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="271"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="272"/>
        <source>Save filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="414"/>
        <source>column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="442"/>
        <source>Filter drift events in the Falco condition language. Enter applies the filter, Esc clears it, Ctrl+Space completes field names.</source>
        <translation>Falco の条件式でドリフトイベントを絞り込みます。Enter で適用、Esc で消去、Ctrl+Space でフィールド名を補完します。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="444"/>
        <source>The filter is empty: every drift event is shown.</source>
        <translation>フィルターは空です: すべてのドリフトイベントを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="447"/>
        <source>The filter is valid. Press Enter to apply it.</source>
        <translation>フィルターは有効です。Enter で適用します。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="448"/>
        <source>The filter is valid.</source>
        <translation>フィルターは有効です。</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="453"/>
        <source>The filter is invalid: %1</source>
        <translation>フィルターが無効です: %1</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="460"/>
        <source>Filter drift: severity &gt;= high and resource.type glob &quot;aws_iam_*&quot;</source>
        <translation>ドリフトを絞り込む: severity &gt;= high and resource.type glob &quot;aws_iam_*&quot;</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="461"/>
        <source>Drift filter</source>
        <translation>ドリフトフィルター</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="462"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="463"/>
        <source>Apply the filter (Enter)</source>
        <translation>フィルターを適用 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="464"/>
        <source>Apply filter</source>
        <translation>フィルターを適用</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="465"/>
        <location filename="../ui/DriftFilterBar.cpp" line="466"/>
        <source>Recent filters</source>
        <translation>最近のフィルター</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="467"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="469"/>
        <source>Saved filters: save this filter under a name, or apply one saved before</source>
        <translation>保存済みフィルター: このフィルターに名前を付けて保存するか、保存済みのものを適用します</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="470"/>
        <source>Saved filters</source>
        <translation>保存済みフィルター</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="471"/>
        <source>Save This Filter…</source>
        <translation>このフィルターを保存…</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="473"/>
        <source>Save the current filter under a name (only a valid filter can be saved)</source>
        <translation>現在のフィルターに名前を付けて保存します（有効なフィルターのみ保存できます）</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="474"/>
        <source>Remove Saved Filter</source>
        <translation>保存済みフィルターを削除</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="475"/>
        <source>Forget one of the saved filters</source>
        <translation>保存済みフィルターを 1 つ削除します</translation>
    </message>
    <message>
        <location filename="../ui/DriftFilterBar.cpp" line="519"/>
        <source>No saved filters</source>
        <translation>保存済みフィルターはありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftFilterFields</name>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="70"/>
        <source>Severity: low &lt; medium &lt; high &lt; critical</source>
        <translation>重大度: low &lt; medium &lt; high &lt; critical</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="76"/>
        <source>What happened: modified, created, deleted or unmanaged</source>
        <translation>起きたこと: modified、created、deleted、unmanaged のいずれか</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="83"/>
        <source>Terraform resource type</source>
        <translation>Terraform リソースタイプ</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="86"/>
        <source>Cloud resource id</source>
        <translation>クラウドのリソース ID</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="90"/>
        <source>Terraform address; missing when unmanaged</source>
        <translation>Terraform アドレス。管理外のときはありません</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="93"/>
        <source>Name of the Terraform state that holds the resource</source>
        <translation>リソースを保持する Terraform ステートの名前</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="99"/>
        <source>Names of the changed attributes (a list)</source>
        <translation>変更された属性の名前 (リスト)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="107"/>
        <source>Who made the change</source>
        <translation>変更を行ったユーザー</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="111"/>
        <source>Identity type (IAMUser, AssumedRole, ...)</source>
        <translation>ID の種類 (IAMUser、AssumedRole など)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="114"/>
        <source>ARN of the caller</source>
        <translation>呼び出し元の ARN</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="117"/>
        <source>IP address of the caller</source>
        <translation>呼び出し元の IP アドレス</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="120"/>
        <source>AWS account id or GCP project</source>
        <translation>AWS アカウント ID または GCP プロジェクト</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="122"/>
        <source>Cloud region</source>
        <translation>クラウドのリージョン</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="125"/>
        <source>Cloud provider: aws or gcp</source>
        <translation>クラウドプロバイダー: aws または gcp</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="130"/>
        <source>Environment of the Falco source</source>
        <translation>Falco ソースの環境</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="134"/>
        <source>API call: CloudTrail eventName or GCP methodName</source>
        <translation>API 呼び出し: CloudTrail の eventName または GCP の methodName</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="137"/>
        <source>Service that received the call</source>
        <translation>呼び出しを受けたサービス</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="140"/>
        <source>Falco rule that fired</source>
        <translation>発火した Falco ルール</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="144"/>
        <source>Falco event source (aws_cloudtrail, ...)</source>
        <translation>Falco のイベントソース (aws_cloudtrail など)</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="148"/>
        <source>Configured Falco source that delivered the alert</source>
        <translation>アラートを配信した、設定済みの Falco ソース</translation>
    </message>
    <message>
        <location filename="../core/filter/DriftFilterFields.cpp" line="152"/>
        <source>true when the user is excluded by the drift rules</source>
        <translation>ユーザーがドリフトルールで除外されているときは true</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftHistory</name>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="51"/>
        <source>cannot open the drift history %1: %2</source>
        <translation>ドリフト履歴 %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="79"/>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <location filename="../core/history/DriftHistory.cpp" line="95"/>
        <source>cannot commit the drift events</source>
        <translation>ドリフトイベントをコミットできません</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftPane</name>
    <message>
        <location filename="../ui/DriftPane.cpp" line="57"/>
        <source>Drift events</source>
        <translation>ドリフトイベント</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="71"/>
        <source>Filtering…</source>
        <translation>絞り込み中…</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="74"/>
        <source>Filtering progress</source>
        <translation>絞り込みの進行状況</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="78"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="79"/>
        <source>Stop filtering and keep the newest matches found so far</source>
        <translation>絞り込みを中止し、これまでに見つかった最新の一致を残します</translation>
    </message>
    <message>
        <location filename="../ui/DriftPane.cpp" line="80"/>
        <source>Cancel filtering</source>
        <translation>絞り込みをキャンセル</translation>
    </message>
</context>
<context>
    <name>tfdrift::DriftRulesParser</name>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="27"/>
        <source>each drift_rules entry must be a mapping with name, resource_types, ...</source>
        <translation>drift_rules の各エントリは name、resource_types などを持つマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="39"/>
        <source>another drift rule is already named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のドリフトルールがすでにあります</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="47"/>
        <source>drift rule has no &quot;name&quot;</source>
        <translation>ドリフトルールに &quot;name&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="56"/>
        <source>&quot;resource_types&quot; must list at least one type or glob; use &quot;*&quot; for every type</source>
        <translation>&quot;resource_types&quot; にはタイプかグロブを 1 つ以上書いてください。すべてのタイプなら &quot;*&quot; です</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="64"/>
        <source>drift rule has no &quot;resource_types&quot;; use [&quot;*&quot;] for every type</source>
        <translation>ドリフトルールに &quot;resource_types&quot; がありません。すべてのタイプなら [&quot;*&quot;] です</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="74"/>
        <source>&quot;watched_attributes&quot; must list at least one attribute; use &quot;*&quot; for all of them</source>
        <translation>&quot;watched_attributes&quot; には属性を 1 つ以上書いてください。すべての属性なら &quot;*&quot; です</translation>
    </message>
    <message>
        <location filename="../core/config/DriftRulesParser.cpp" line="121"/>
        <source>&quot;drift_rules&quot; must be a list of rules</source>
        <translation>&quot;drift_rules&quot; はルールのリストにしてください</translation>
    </message>
</context>
<context>
    <name>tfdrift::EnvExpansion</name>
    <message>
        <location filename="../core/config/EnvExpansion.cpp" line="52"/>
        <source>malformed ${...}: expected ${NAME} with letters, digits and underscores</source>
        <translation>${...} の書式が不正です: 英字、数字、アンダースコアからなる ${NAME} の形式が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/EnvExpansion.cpp" line="62"/>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
</context>
<context>
    <name>tfdrift::FalcoConfig</name>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="63"/>
        <source>&quot;endpoints&quot; must be a list</source>
        <translation>「endpoints」はリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="119"/>
        <source>&quot;name&quot; must not be empty</source>
        <translation>「name」を空にすることはできません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="123"/>
        <source>another endpoint is already named &quot;%1&quot;</source>
        <translation>「%1」という名前のエンドポイントがすでにあります</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="127"/>
        <source>endpoint has no &quot;name&quot;</source>
        <translation>エンドポイントに「name」がありません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="134"/>
        <source>give either &quot;address&quot; or &quot;socket&quot;, not both</source>
        <translation>「address」と「socket」はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="150"/>
        <source>&quot;poll_interval&quot; must be between 10ms and 10s</source>
        <translation>「poll_interval」は 10ms から 10s の範囲でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="164"/>
        <source>&quot;bearer_token&quot; is a secret written in plain text; use ${ENV_VAR} so it stays out of the file</source>
        <translation>「bearer_token」は平文で書かれた秘密情報です。ファイルに残らないよう ${ENV_VAR} を使ってください</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="175"/>
        <source>&quot;environment&quot; must be production, staging or development</source>
        <translation>「environment」は production、staging、development のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="199"/>
        <source>&quot;transport&quot; must be grpc, http or replay</source>
        <translation>「transport」は grpc、http、replay のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="235"/>
        <source>gRPC endpoint &quot;%1&quot; needs &quot;address&quot; (host:port) or &quot;socket&quot;</source>
        <translation>gRPC エンドポイント「%1」には「address」(ホスト:ポート) または「socket」が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="242"/>
        <source>&quot;%1&quot; is not a host:port address</source>
        <translation>「%1」は ホスト:ポート 形式のアドレスではありません</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="250"/>
        <source>gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file (Falco only serves TCP with mTLS), or insecure: true for a local test server</source>
        <translation>TCP 上の gRPC には相互 TLS が必要です: ca_root_file、cert_file、key_file を設定してください (Falco は TCP を mTLS でのみ提供します)。ローカルのテストサーバーなら insecure: true を指定します</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="264"/>
        <source>HTTPS needs both cert_file and key_file</source>
        <translation>HTTPS には cert_file と key_file の両方が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/FalcoConfig.cpp" line="270"/>
        <source>replay endpoint &quot;%1&quot; needs &quot;file&quot;</source>
        <translation>リプレイエンドポイント「%1」には「file」が必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::FalcoEmulator</name>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="117"/>
        <source>the emulator is already running</source>
        <translation>エミュレーターはすでに実行中です</translation>
    </message>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="130"/>
        <source>TCP needs mutual TLS (--tls-ca, --tls-cert, --tls-key) or --insecure: %1</source>
        <translation>TCP には相互 TLS (--tls-ca、--tls-cert、--tls-key) または --insecure が必要です: %1</translation>
    </message>
    <message>
        <location filename="../core/emulator/FalcoEmulator.cpp" line="150"/>
        <source>cannot listen on %1</source>
        <translation>%1 で待ち受けできません</translation>
    </message>
</context>
<context>
    <name>tfdrift::FieldCatalog</name>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="86"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="99"/>
        <source>a field catalog is a mapping with &quot;schema&quot;, &quot;source&quot; and &quot;fields&quot; (or &quot;groups&quot;)</source>
        <translation>フィールドカタログは &quot;schema&quot;、&quot;source&quot;、&quot;fields&quot; (または &quot;groups&quot;) を持つマッピングです</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="103"/>
        <source>the field catalog</source>
        <translation>フィールドカタログ</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="106"/>
        <source>the field catalog has no &quot;schema&quot; (expected 1)</source>
        <translation>フィールドカタログに &quot;schema&quot; がありません (1 が必要です)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="118"/>
        <source>a field catalog has either &quot;source&quot; and &quot;fields&quot; or &quot;groups&quot;, not both</source>
        <translation>フィールドカタログには &quot;source&quot; と &quot;fields&quot;、または &quot;groups&quot; のどちらか一方を書きます</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="124"/>
        <source>the field catalog has no &quot;source&quot;</source>
        <translation>フィールドカタログに &quot;source&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="131"/>
        <source>the field catalog has no &quot;fields&quot;</source>
        <translation>フィールドカタログに &quot;fields&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="142"/>
        <source>&quot;%1&quot; is not a valid source name</source>
        <translation>&quot;%1&quot; は有効なソース名ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="147"/>
        <source>&quot;%1&quot; is reserved for shared groups (&quot;applies_to&quot;)</source>
        <translation>&quot;%1&quot; は共有グループ (&quot;applies_to&quot;) 用に予約されています</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="156"/>
        <source>&quot;groups&quot; must be a list</source>
        <translation>&quot;groups&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="162"/>
        <source>a field group</source>
        <translation>フィールドグループ</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="165"/>
        <source>the group has no &quot;applies_to&quot; (all or plugins)</source>
        <translation>グループに &quot;applies_to&quot; (all または plugins) がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="172"/>
        <source>&quot;applies_to&quot; must be all or plugins, not &quot;%1&quot;</source>
        <translation>&quot;applies_to&quot; は &quot;%1&quot; ではなく all か plugins にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="177"/>
        <source>the group has no &quot;fields&quot;</source>
        <translation>グループに &quot;fields&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="188"/>
        <source>&quot;fields&quot; must be a list</source>
        <translation>&quot;fields&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="199"/>
        <source>field &quot;%1&quot; is already defined on line %2</source>
        <translation>フィールド &quot;%1&quot; は %2 行目ですでに定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="223"/>
        <source>a field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="231"/>
        <source>the field has no &quot;name&quot;</source>
        <translation>フィールドに &quot;name&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="237"/>
        <source>&quot;%1&quot; is not a field name (expected words joined by dots, e.g. ct.user)</source>
        <translation>&quot;%1&quot; はフィールド名ではありません (ct.user のようにドットでつないだ語が必要です)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="245"/>
        <source>field &quot;%1&quot; has no &quot;type&quot;</source>
        <translation>フィールド &quot;%1&quot; に &quot;type&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="250"/>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>不明なフィールド型 &quot;%1&quot; です</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="260"/>
        <source>field &quot;%1&quot; needs a &quot;desc&quot;</source>
        <translation>フィールド &quot;%1&quot; には &quot;desc&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="268"/>
        <source>&quot;arg&quot; must be index, key or index_or_key</source>
        <translation>&quot;arg&quot; は index、key、index_or_key のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="280"/>
        <source>field &quot;%1&quot; has &quot;arg_required&quot; or &quot;dotted_arg&quot; but no &quot;arg&quot;</source>
        <translation>フィールド &quot;%1&quot; に &quot;arg_required&quot; か &quot;dotted_arg&quot; がありますが &quot;arg&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="313"/>
        <source>no built-in field catalogs found</source>
        <translation>内蔵フィールドカタログが見つかりません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="328"/>
        <source>cannot read the field catalog: %1</source>
        <translation>フィールドカタログを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="358"/>
        <source>field &quot;%1&quot; is already defined in %2:%3</source>
        <translation>フィールド &quot;%1&quot; は %2:%3 ですでに定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="443"/>
        <source>%1 needs an argument, e.g. %1[...]</source>
        <translation>%1 には引数が必要です (例: %1[...])</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="447"/>
        <source>%1 does not take an argument</source>
        <translation>%1 は引数を取りません</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="452"/>
        <source>the argument of %1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 の引数は &quot;%2&quot; ではなく数値にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldCatalog.cpp" line="455"/>
        <source>the argument of %1 is empty</source>
        <translation>%1 の引数が空です</translation>
    </message>
</context>
<context>
    <name>tfdrift::GrpcAlertSource</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="252"/>
        <location filename="../core/ingest/grpc/GrpcAlertSource.cpp" line="292"/>
        <source>Falco closed the alert stream</source>
        <translation>Falco がアラートストリームを閉じました</translation>
    </message>
</context>
<context>
    <name>tfdrift::GrpcChannelFactory</name>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="30"/>
        <source>%1 is not a PEM file</source>
        <translation>%1 は PEM ファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/grpc/GrpcChannelFactory.cpp" line="74"/>
        <source>gRPC over TCP needs mutual TLS (CA, client certificate and key); Falco serves TCP only with mTLS</source>
        <translation>TCP 上の gRPC には相互 TLS (CA、クライアント証明書と鍵) が必要です。Falco は TCP を mTLS でのみ提供します</translation>
    </message>
</context>
<context>
    <name>tfdrift::HelpDialog</name>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="61"/>
        <source>Put the cursor in the filter bar</source>
        <translation>フィルターバーにカーソルを移動</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="62"/>
        <source>Clear the filter (in the filter bar)</source>
        <translation>フィルターを消去 (フィルターバー内)</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="63"/>
        <source>Pause or resume the live table</source>
        <translation>ライブテーブルを一時停止/再開</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="64"/>
        <source>Save the capture (the raw Falco alerts)</source>
        <translation>キャプチャ (元の Falco アラート) を保存</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="65"/>
        <source>Open a capture for offline analysis</source>
        <translation>オフライン分析用にキャプチャを開く</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="66"/>
        <source>Export the selected or filtered rows</source>
        <translation>選択した行または絞り込んだ行をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="67"/>
        <source>Show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="72"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="77"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="78"/>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="83"/>
        <source>Values: %1</source>
        <translation>値: %1</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="86"/>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="92"/>
        <source>Equal; not equal</source>
        <translation>等しい / 等しくない</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="94"/>
        <source>Order: severity by rank (low &lt; medium &lt; high &lt; critical), other fields alphabetically</source>
        <translation>大小比較: 重大度は段階順 (low &lt; medium &lt; high &lt; critical)、その他のフィールドはアルファベット順</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="97"/>
        <source>Contains the text; icontains ignores upper and lower case</source>
        <translation>テキストを含む。icontains は大文字と小文字を区別しません</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="98"/>
        <source>Starts or ends with the text</source>
        <translation>テキストで始まる / 終わる</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="100"/>
        <source>Matches a pattern: * any text, ? one character, [a-z] one of a set; iglob ignores upper and lower case</source>
        <translation>パターンに一致: * は任意のテキスト、? は任意の 1 文字、[a-z] は集合内の 1 文字。iglob は大文字と小文字を区別しません</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="102"/>
        <source>The whole value matches the regular expression</source>
        <translation>値全体が正規表現に一致</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="103"/>
        <source>Is one of the listed values</source>
        <translation>列挙した値のいずれか</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="105"/>
        <source>A list field (attribute) has at least one of the listed values</source>
        <translation>リスト型のフィールド (attribute) が列挙した値を 1 つ以上含む</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="106"/>
        <source>Is one of the listed paths or below one</source>
        <translation>列挙したパスのいずれか、またはその配下</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="107"/>
        <source>Has a value (written after the field, with no value)</source>
        <translation>値がある (フィールドの後に書き、値は付けません)</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="109"/>
        <source>Combine conditions; not binds tightest, then and, then or</source>
        <translation>条件を組み合わせます。結合の強さは not、and、or の順です</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="114"/>
        <source>Operators</source>
        <translation>演算子</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="121"/>
        <source>High and critical changes to IAM resources, except those made by the CI users</source>
        <translation>IAM リソースに対する重大度 high と critical の変更 (CI ユーザーによるものを除く)</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="122"/>
        <source>Deleted resources, and resources that no Terraform state knows</source>
        <translation>削除されたリソースと、どの Terraform ステートにもないリソース</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="123"/>
        <source>Changes to a policy attribute, or anything done by the root user</source>
        <translation>policy 属性の変更、または root ユーザーによるすべての操作</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="125"/>
        <source>Examples</source>
        <translation>例</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="161"/>
        <source>Filter language</source>
        <translation>フィルター言語</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="163"/>
        <source>The filter bar keeps the drift events for which the condition is true. A condition is a field, an operator and a value; put a value in quotes when it has spaces, commas or parentheses. An empty filter shows every event.</source>
        <translation>フィルターバーは、条件が真になるドリフトイベントだけを表示します。条件はフィールド、演算子、値で書きます。値に空白、コンマ、かっこが含まれる場合は引用符で囲んでください。フィルターが空のときはすべてのイベントを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="166"/>
        <source>A field without a value (an unmanaged resource has no address) matches no comparison, not even !=.</source>
        <translation>値のないフィールド (管理外のリソースにはアドレスがありません) は、!= も含めてどの比較にも一致しません。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="173"/>
        <source>TFDrift Console Help</source>
        <translation>TFDrift Console ヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialog.cpp" line="174"/>
        <source>Keyboard and filter reference</source>
        <translation>キーボードとフィルターのリファレンス</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertHandler</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="51"/>
        <source>method %1 is not allowed; post Falco alerts with POST</source>
        <translation>メソッド %1 は使用できません。Falco のアラートは POST で送信してください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="58"/>
        <source>missing bearer token</source>
        <translation>Bearer トークンがありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertHandler.cpp" line="60"/>
        <source>invalid bearer token</source>
        <translation>Bearer トークンが不正です</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertPoster</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertPoster.cpp" line="35"/>
        <source>cannot read CA file %1: %2</source>
        <translation>CA ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertPoster.cpp" line="41"/>
        <source>no PEM certificate in CA file %1</source>
        <translation>CA ファイル %1 に PEM 形式の証明書がありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpAlertServer</name>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="39"/>
        <source>HTTPS is not available: Qt found no TLS library</source>
        <translation>HTTPS を使えません: Qt が TLS ライブラリを見つけられません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="43"/>
        <source>HTTPS needs both a certificate file and a key file</source>
        <translation>HTTPS には証明書ファイルと鍵ファイルの両方が必要です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="50"/>
        <source>cannot read TLS certificate %1: %2</source>
        <translation>TLS 証明書 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="56"/>
        <source>no PEM certificate in %1</source>
        <translation>%1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="62"/>
        <source>cannot read TLS key %1: %2</source>
        <translation>TLS 鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="66"/>
        <source>TLS key %1 is encrypted; a key for an unattended server needs no passphrase</source>
        <translation>TLS 鍵 %1 は暗号化されています。無人で動くサーバーの鍵にはパスフレーズを付けないでください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="77"/>
        <source>no PEM private key (RSA, EC or DSA) in %1</source>
        <translation>%1 に PEM 秘密鍵 (RSA、EC、DSA) がありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="144"/>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="154"/>
        <source>%1 (HTTPS)</source>
        <translation>%1 (HTTPS)</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpAlertServer.cpp" line="164"/>
        <source>too many connections (limit %1); retry later</source>
        <translation>接続が多すぎます (上限 %1)。しばらくしてから再試行してください</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpConnection</name>
    <message>
        <location filename="../core/ingest/http/HttpConnection.cpp" line="157"/>
        <source>no complete request within %1 s</source>
        <translation>%1 秒以内にリクエストが最後まで届きませんでした</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpListenAddress</name>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="42"/>
        <source>invalid listen address &quot;%1&quot;: expected [IPv6 address]:port</source>
        <translation>待ち受けアドレス「%1」が不正です: [IPv6 アドレス]:ポート の形式にしてください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="48"/>
        <source>invalid listen address &quot;%1&quot;: expected host:port</source>
        <translation>待ち受けアドレス「%1」が不正です: ホスト:ポート の形式にしてください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="53"/>
        <source>invalid listen address &quot;%1&quot;: put an IPv6 address in brackets, e.g. [::1]:2801</source>
        <translation>待ち受けアドレス「%1」が不正です: IPv6 アドレスは [::1]:2801 のように角かっこで囲んでください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="62"/>
        <source>invalid port &quot;%1&quot; in listen address; expected 0 to 65535</source>
        <translation>待ち受けアドレスのポート「%1」が不正です。0 から 65535 の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpListenAddress.cpp" line="71"/>
        <source>invalid listen address &quot;%1&quot;: &quot;%2&quot; is not an IP address</source>
        <translation>待ち受けアドレス「%1」が不正です: 「%2」は IP アドレスではありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::HttpRequestReader</name>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="96"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="98"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="99"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="207"/>
        <source>chunk data is not followed by CRLF</source>
        <translation>チャンクデータの後に CRLF がありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="241"/>
        <source>request line and headers exceed %1</source>
        <translation>リクエスト行とヘッダーが %1 を超えています</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="243"/>
        <source>chunk size line is too long</source>
        <translation>チャンクサイズの行が長すぎます</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="251"/>
        <source>line ends with a bare LF instead of CRLF</source>
        <translation>行末が CRLF ではなく LF だけです</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="265"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="277"/>
        <source>malformed request line</source>
        <translation>リクエスト行の形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="273"/>
        <source>malformed request method</source>
        <translation>リクエストメソッドの形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="282"/>
        <source>invalid character in request target</source>
        <translation>リクエストターゲットに不正な文字があります</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="289"/>
        <source>malformed HTTP version</source>
        <translation>HTTP バージョンの形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="293"/>
        <source>%1 is not supported; use HTTP/1.1</source>
        <translation>%1 には対応していません。HTTP/1.1 を使ってください</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="307"/>
        <source>obsolete line folding in a header field is not allowed</source>
        <translation>ヘッダーフィールドでの旧式の行継続 (obs-fold) は使用できません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="312"/>
        <source>malformed header field</source>
        <translation>ヘッダーフィールドの形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="317"/>
        <source>whitespace between a header name and its colon is not allowed</source>
        <translation>ヘッダー名とコロンの間に空白は入れられません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="321"/>
        <source>malformed header name</source>
        <translation>ヘッダー名の形式が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="327"/>
        <source>invalid character in header &quot;%1&quot;</source>
        <translation>ヘッダー「%1」に不正な文字があります</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="342"/>
        <source>missing Host header</source>
        <translation>Host ヘッダーがありません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="342"/>
        <source>more than one Host header</source>
        <translation>Host ヘッダーが複数あります</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="358"/>
        <source>unsupported expectation; only &quot;100-continue&quot; is understood</source>
        <translation>対応していない Expect です。対応しているのは「100-continue」だけです</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="368"/>
        <source>a request must not have both Content-Length and Transfer-Encoding</source>
        <translation>リクエストに Content-Length と Transfer-Encoding の両方を含めることはできません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="374"/>
        <source>Transfer-Encoding is not allowed in an HTTP/1.0 request</source>
        <translation>HTTP/1.0 のリクエストでは Transfer-Encoding は使用できません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="379"/>
        <source>the final transfer coding must be &quot;chunked&quot;</source>
        <translation>最後の転送コーディングは「chunked」でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="384"/>
        <source>transfer coding &quot;%1&quot; is not supported</source>
        <translation>転送コーディング「%1」には対応していません</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="398"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="412"/>
        <source>invalid Content-Length</source>
        <translation>Content-Length が不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="406"/>
        <source>conflicting Content-Length values</source>
        <translation>Content-Length の値が食い違っています</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="416"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="460"/>
        <source>request body exceeds %1</source>
        <translation>リクエスト本文が %1 を超えています</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="444"/>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="450"/>
        <source>invalid chunk size</source>
        <translation>チャンクサイズが不正です</translation>
    </message>
    <message>
        <location filename="../core/ingest/http/HttpRequestReader.cpp" line="455"/>
        <source>invalid character in chunk extension</source>
        <translation>チャンク拡張に不正な文字があります</translation>
    </message>
</context>
<context>
    <name>tfdrift::JsonTreeModel</name>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="193"/>
        <source>Key</source>
        <extracomment>Column of a JSON tree: member name or array index</extracomment>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="194"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="197"/>
        <source>Type</source>
        <extracomment>Column of a JSON tree: object, array, string, number, boolean or null</extracomment>
        <translation>型</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="207"/>
        <source>%n member(s)</source>
        <extracomment>Summary of a JSON object in a tree row</extracomment>
        <translation>
            <numerusform>メンバー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="210"/>
        <source>%n item(s)</source>
        <extracomment>Summary of a JSON array in a tree row</extracomment>
        <translation>
            <numerusform>要素 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="229"/>
        <source>object</source>
        <extracomment>JSON type name</extracomment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="232"/>
        <source>array</source>
        <extracomment>JSON type name</extracomment>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="235"/>
        <source>string</source>
        <extracomment>JSON type name</extracomment>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="238"/>
        <source>number</source>
        <extracomment>JSON type name</extracomment>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="241"/>
        <source>boolean</source>
        <extracomment>JSON type name</extracomment>
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="244"/>
        <source>null</source>
        <extracomment>JSON type name</extracomment>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>tfdrift::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="302"/>
        <source>TFDrift Console</source>
        <translation>TFDrift Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>Drift events</source>
        <translation>ドリフトイベント</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Falco alerts</source>
        <translation>Falco アラート</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>Drift event details</source>
        <translation>ドリフトイベントの詳細</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>No alert sources</source>
        <translation>アラートソースがありません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Remove every drift event and alert from the tables</source>
        <translation>表からすべてのドリフトイベントとアラートを消去します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>&amp;Connect all</source>
        <translation>すべて接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Connect every Falco source</source>
        <translation>すべての Falco ソースに接続します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>&amp;Disconnect all</source>
        <translation>すべて切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Disconnect every Falco source</source>
        <translation>すべての Falco ソースから切断します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>&amp;Open capture…</source>
        <translation>キャプチャを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Open saved Falco alerts and judge them against the current state and rules</source>
        <translation>保存した Falco アラートを開き、現在のステートとルールで判定します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>&amp;Save capture…</source>
        <translation>キャプチャを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Save the Falco alerts in the table as JSON lines</source>
        <translation>表の Falco アラートを JSON Lines として保存します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Export drift events…</source>
        <translation>ドリフトイベントをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>Export the selected drift events, or all the filters show, as CSV or JSON</source>
        <translation>選択したドリフトイベント（選択がなければフィルターで表示中のすべて）を CSV または JSON でエクスポートします</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Language, history, table size and notifications</source>
        <translation>言語、履歴、表の件数、通知</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;Keyboard and filter help</source>
        <translation>キーボードとフィルターのヘルプ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Shortcuts and the filter language</source>
        <translation>ショートカットとフィルター言語</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>&amp;Follow newest</source>
        <translation>最新を追従(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Scroll to new events as they arrive</source>
        <translation>新しいイベントが届くとスクロールして表示します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>Everything kept</source>
        <translation>保存されているすべて</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Drift history not written: %1</source>
        <translation>ドリフト履歴を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="477"/>
        <source>%L1 drift events from the history, %2 to %3</source>
        <translation>履歴から %L1 件のドリフトイベント（%2 〜 %3）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="482"/>
        <source>%L1 unreadable entries skipped</source>
        <translation>読み取れない %L1 件をスキップしました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="578"/>
        <source>%1: choose a file name ending in .csv or .json</source>
        <translation>%1: 拡張子が .csv または .json のファイル名を指定してください</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>Export drift events</source>
        <translation>ドリフトイベントのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="621"/>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="628"/>
        <source>Save capture</source>
        <translation>キャプチャの保存</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="629"/>
        <source>Falco alerts, JSON lines (*.jsonl *.json)</source>
        <translation>Falco アラート、JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="634"/>
        <source>Saved %L1 alerts to %2</source>
        <translation>%L1 件のアラートを %2 に保存しました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="636"/>
        <source>Saving the capture failed</source>
        <translation>キャプチャを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>Open capture</source>
        <translation>キャプチャを開く</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="642"/>
        <source>Falco alerts, JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>Falco アラート、JSON Lines (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="647"/>
        <source>Some lines of the capture could not be read</source>
        <translation>キャプチャの一部の行を読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Show the alerts that arrived while paused, and follow new ones</source>
        <translation>一時停止中に届いたアラートを表示し、新しいアラートの表示を再開します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Stop adding alerts to the table; they are kept and shown on resume</source>
        <translation>表へのアラートの追加を止めます。受信は続き、再開すると表示されます</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="772"/>
        <source>%L1 alerts/s</source>
        <translation>%L1 件/秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="773"/>
        <source>Alerts: %L1</source>
        <translation>アラート: %L1 件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="775"/>
        <source>Paused, %L1 waiting</source>
        <translation>一時停止中 (%L1 件待機)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="777"/>
        <source>Dropped (row limit): %L1</source>
        <translation>破棄 (行数上限): %L1 件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="785"/>
        <source>Drift: %L1 of %L2 shown</source>
        <translation>ドリフト: %L2 件中 %L1 件を表示</translation>
    </message>
</context>
<context>
    <name>tfdrift::MappingCatalog</name>
    <message>
        <location filename="../core/mapping/MappingCatalog.cpp" line="29"/>
        <source>the built-in mapping catalog is missing from this build</source>
        <translation>このビルドには内蔵マッピングカタログが含まれていません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalog.cpp" line="55"/>
        <source>cannot read the mapping catalog: %1</source>
        <translation>マッピングカタログを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="63"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="73"/>
        <source>a mapping catalog is a mapping with &quot;provider&quot; and &quot;services&quot; (aws) or &quot;methods&quot; (gcp)</source>
        <translation>マッピングカタログは &quot;provider&quot; と &quot;services&quot; (aws) または &quot;methods&quot; (gcp) を持つマッピングです</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="77"/>
        <source>the catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="85"/>
        <source>the catalog has no &quot;provider&quot; (aws or gcp)</source>
        <translation>カタログに &quot;provider&quot; (aws または gcp) がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="88"/>
        <source>an aws catalog lists &quot;services&quot;, not &quot;methods&quot;</source>
        <translation>aws のカタログに書くのは &quot;methods&quot; ではなく &quot;services&quot; です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="90"/>
        <source>an aws catalog needs &quot;services&quot;</source>
        <translation>aws のカタログには &quot;services&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="95"/>
        <source>a gcp catalog lists &quot;methods&quot;, not &quot;services&quot;</source>
        <translation>gcp のカタログに書くのは &quot;services&quot; ではなく &quot;methods&quot; です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="97"/>
        <source>a gcp catalog needs &quot;methods&quot;</source>
        <translation>gcp のカタログには &quot;methods&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="101"/>
        <source>&quot;provider&quot; must be aws or gcp</source>
        <translation>&quot;provider&quot; は aws か gcp にしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="108"/>
        <source>&quot;services&quot; must be a list</source>
        <translation>&quot;services&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="119"/>
        <source>service has no &quot;source&quot; (its CloudTrail eventSource)</source>
        <translation>サービスに &quot;source&quot; (CloudTrail の eventSource) がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="122"/>
        <source>service has no &quot;events&quot;</source>
        <translation>サービスに &quot;events&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="126"/>
        <source>&quot;events&quot; must be a list</source>
        <translation>&quot;events&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="139"/>
        <source>&quot;methods&quot; must be a list</source>
        <translation>&quot;methods&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="152"/>
        <source>&quot;%1&quot; must be a name without spaces</source>
        <translation>&quot;%1&quot; は空白を含まない名前にしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="178"/>
        <source>entry has no &quot;name&quot;</source>
        <translation>エントリに &quot;name&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="181"/>
        <source>entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="187"/>
        <source>&quot;type&quot; must be a Terraform resource type such as aws_instance</source>
        <translation>&quot;type&quot; は aws_instance のような Terraform リソースタイプにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="194"/>
        <source>&quot;%1&quot; is not a %2* type</source>
        <translation>&quot;%1&quot; は %2* のタイプではありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="197"/>
        <source>&quot;%1&quot; has no &quot;type&quot;</source>
        <translation>&quot;%1&quot; に &quot;type&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="207"/>
        <source>&quot;action&quot; must be create, modify or delete</source>
        <translation>&quot;action&quot; は create、modify、delete のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="211"/>
        <source>&quot;%1&quot; has no &quot;action&quot; (create, modify or delete)</source>
        <translation>&quot;%1&quot; に &quot;action&quot; (create、modify、delete) がありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="218"/>
        <source>&quot;%1&quot; has no &quot;id&quot;: say where the resource id is</source>
        <translation>&quot;%1&quot; に &quot;id&quot; がありません。リソース ID の場所を書いてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="249"/>
        <source>&quot;id&quot; must be a list of JSON pointers</source>
        <translation>&quot;id&quot; は JSON ポインターのリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="256"/>
        <source>&quot;id&quot; needs at least one JSON pointer</source>
        <translation>&quot;id&quot; には JSON ポインターが 1 つ以上必要です</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="282"/>
        <source>&quot;%1&quot; is not a Terraform attribute name such as instance_type</source>
        <translation>&quot;%1&quot; は instance_type のような Terraform 属性名ではありません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="295"/>
        <source>JSON pointer &quot;%1&quot;: %2</source>
        <translation>JSON ポインター &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="299"/>
        <source>a JSON pointer starts with &quot;/&quot;</source>
        <translation>JSON ポインターは &quot;/&quot; で始まります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="305"/>
        <source>&quot;~&quot; must be followed by 0 or 1 (RFC 6901)</source>
        <translation>&quot;~&quot; の後には 0 か 1 が必要です (RFC 6901)</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="313"/>
        <source>GCP audit events carry no /response; use /resource or /request</source>
        <translation>GCP 監査イベントに /response はありません。/resource か /request を使ってください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="318"/>
        <source>/resource is the GCP resourceName; CloudTrail ids are under /request or /response</source>
        <translation>/resource は GCP の resourceName です。CloudTrail の ID は /request か /response の下にあります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="321"/>
        <source>attributes are set by the request: use /request/...</source>
        <translation>属性はリクエストで設定されます。/request/... を使ってください</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="323"/>
        <source>/resource is a string; nothing can follow it</source>
        <translation>/resource は文字列です。後ろには何も続けられません</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="327"/>
        <source>a pointer starts with /request (requestParameters) or /response (responseElements)</source>
        <translation>ポインターは /request (requestParameters) か /response (responseElements) で始まります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="329"/>
        <source>a pointer starts with /resource (resourceName) or /request</source>
        <translation>ポインターは /resource (resourceName) か /request で始まります</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="338"/>
        <source>&quot;%1&quot; is listed again; this entry replaces the one at line %2</source>
        <translation>&quot;%1&quot; が再度書かれています。このエントリが %2 行目のものを置き換えます</translation>
    </message>
    <message>
        <location filename="../core/mapping/MappingCatalogReader.cpp" line="346"/>
        <source>&quot;%1&quot; already has a default entry at line %2; this one replaces it</source>
        <translation>&quot;%1&quot; には %2 行目に既定のエントリがあります。このエントリで置き換えます</translation>
    </message>
</context>
<context>
    <name>tfdrift::NotificationsParser</name>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="260"/>
        <source>&quot;%1&quot; must be longer than 0s</source>
        <translation>&quot;%1&quot; は 0s より長くしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="282"/>
        <source>&quot;retry_backoff_max&quot; must not be shorter than &quot;retry_backoff&quot; (%1 ms)</source>
        <translation>&quot;retry_backoff_max&quot; は &quot;retry_backoff&quot; (%1 ms) より短くできません</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="308"/>
        <source>CA file %1 does not exist</source>
        <translation>CA ファイル %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="348"/>
        <source>&quot;%1.events_url&quot; must be an http or https URL with a host</source>
        <translation>&quot;%1.events_url&quot; はホストを含む http または https の URL にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="381"/>
        <source>&quot;%1&quot; must be a Falco priority (emergency, alert, critical, error, warning, notice, informational or debug)</source>
        <translation>&quot;%1&quot; は Falco の優先度 (emergency、alert、critical、error、warning、notice、informational、debug) にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="396"/>
        <source>&quot;headers&quot; keys must be HTTP header names</source>
        <translation>&quot;headers&quot; のキーは HTTP ヘッダー名にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="420"/>
        <source>%1 is enabled but has no &quot;%2&quot;</source>
        <translation>%1 は有効ですが &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="427"/>
        <source>&quot;%1&quot; must be an http or https URL with a host</source>
        <translation>&quot;%1&quot; はホストを含む http または https の URL にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="453"/>
        <source>&quot;%1&quot; needs the name of a keychain entry after &quot;keychain:&quot;</source>
        <translation>&quot;%1&quot; には &quot;keychain:&quot; の後にキーチェーンのエントリ名が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="474"/>
        <source>&quot;%1&quot; holds a secret in plain text; use ${ENV_VAR} or keychain:NAME</source>
        <translation>&quot;%1&quot; にシークレットが平文で書かれています。${ENV_VAR} か keychain:NAME を使ってください</translation>
    </message>
    <message>
        <location filename="../core/config/NotificationsParser.cpp" line="490"/>
        <source>&quot;outbox&quot; must name a file; %1 is a folder</source>
        <translation>&quot;outbox&quot; にはファイルを指定してください。%1 はフォルダーです</translation>
    </message>
</context>
<context>
    <name>tfdrift::QuickFilterBar</name>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="216"/>
        <source>Show or hide drift events of severity %1</source>
        <extracomment>%1 is a severity: Critical, High, Medium or Low</extracomment>
        <translation>重大度「%1」のドリフトイベントを表示/非表示にします</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="218"/>
        <source>Show %1 drift events</source>
        <extracomment>%1 is a severity: Critical, High, Medium or Low</extracomment>
        <translation>重大度「%1」のドリフトイベントを表示</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="222"/>
        <source>All changes</source>
        <extracomment>Change-kind quick filter: no restriction on the kind of change</extracomment>
        <translation>すべての変更</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="225"/>
        <source>Show drift events of one change kind only</source>
        <translation>1 つの変更種別のドリフトイベントだけを表示します</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="226"/>
        <source>Change kind</source>
        <translation>変更種別</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="228"/>
        <location filename="../ui/QuickFilterBar.cpp" line="229"/>
        <source>Search text</source>
        <translation>テキストを検索</translation>
    </message>
    <message>
        <location filename="../ui/QuickFilterBar.cpp" line="230"/>
        <source>Show drift events whose resource, attributes, user, account, region, event, source or Falco rule contain this text (case does not matter). Esc clears it.</source>
        <translation>リソース、属性、ユーザー、アカウント、リージョン、イベント、ソース、Falco ルールのいずれかにこのテキストを含むドリフトイベントを表示します (大文字と小文字は区別しません)。Esc で消去します。</translation>
    </message>
</context>
<context>
    <name>tfdrift::ReplayAlertSource</name>
    <message>
        <location filename="../core/ingest/replay/ReplayAlertSource.cpp" line="45"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::ReplayReader</name>
    <message>
        <location filename="../core/ingest/replay/ReplayReader.cpp" line="20"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../core/ingest/replay/ReplayReader.cpp" line="68"/>
        <source>line is longer than %1 MiB; skipped</source>
        <translation>行が %1 MiB を超えているため読み飛ばしました</translation>
    </message>
</context>
<context>
    <name>tfdrift::SafeFileWriter</name>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="56"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="81"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="125"/>
        <source>Cannot write “%1”: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="75"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="92"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="97"/>
        <location filename="../core/storage/SafeFileWriter.cpp" line="111"/>
        <source>Cannot save “%1”: %2</source>
        <translation>「%1」を保存できません: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="75"/>
        <source>the file was not opened for writing</source>
        <translation>ファイルが書き込み用に開かれていません</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="93"/>
        <source>the old backup “%1” cannot be replaced</source>
        <translation>古いバックアップ「%1」を置き換えられません</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="98"/>
        <source>the previous version cannot be moved to “%1”</source>
        <translation>以前のバージョンを「%1」に移動できません</translation>
    </message>
    <message>
        <location filename="../core/storage/SafeFileWriter.cpp" line="108"/>
        <source>%1; the previous version is kept as “%2”</source>
        <translation>%1。以前のバージョンは「%2」として残してあります</translation>
    </message>
</context>
<context>
    <name>tfdrift::ScheduleParser</name>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="27"/>
        <source>hour %1 is out of range 00-24</source>
        <translation>時 %1 が範囲 00-24 の外です</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="31"/>
        <source>minute %1 is out of range 00-59</source>
        <translation>分 %1 が範囲 00-59 の外です</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="35"/>
        <source>24:%1 is past the end of the day; only 24:00 may use hour 24</source>
        <translation>24:%1 は一日の終わりを過ぎています。24 時を使えるのは 24:00 だけです</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="48"/>
        <source>expected a range of times such as &quot;09:00-18:00&quot; (HH:MM-HH:MM)</source>
        <translation>&quot;09:00-18:00&quot; (HH:MM-HH:MM) のような時刻の範囲が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="59"/>
        <source>the range starts and ends at the same time; write &quot;00:00-24:00&quot; for the whole day</source>
        <translation>範囲の開始と終了が同じ時刻です。終日なら &quot;00:00-24:00&quot; と書いてください</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="70"/>
        <source>&quot;schedule&quot; must be a mapping with allowed_hours, timezone and weekdays_only</source>
        <translation>&quot;schedule&quot; は allowed_hours、timezone、weekdays_only を持つマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="86"/>
        <source>&quot;allowed_hours&quot;: %1</source>
        <translation>&quot;allowed_hours&quot;: %1</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="104"/>
        <source>&quot;timezone&quot;: unknown time zone &quot;%1&quot;; use an IANA id such as &quot;Asia/Tokyo&quot;, &quot;Europe/Berlin&quot; or &quot;UTC&quot;</source>
        <translation>&quot;timezone&quot;: 不明なタイムゾーン &quot;%1&quot; です。&quot;Asia/Tokyo&quot;、&quot;Europe/Berlin&quot;、&quot;UTC&quot; のような IANA ID を使ってください</translation>
    </message>
    <message>
        <location filename="../core/config/ScheduleParser.cpp" line="123"/>
        <source>&quot;schedule&quot; needs &quot;allowed_hours&quot;, &quot;weekdays_only: true&quot; or both</source>
        <translation>&quot;schedule&quot; には &quot;allowed_hours&quot; か &quot;weekdays_only: true&quot;、またはその両方が必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="115"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="117"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="118"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="119"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="120"/>
        <source>User interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="121"/>
        <source>The new language is used as soon as you press OK.</source>
        <translation>新しい言語は OK を押すとすぐに適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="123"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="124"/>
        <source>&amp;Keep drift events between sessions</source>
        <translation>セッション間でドリフトイベントを保持する(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="125"/>
        <source>Keep drift event history</source>
        <translation>ドリフトイベントの履歴を保持</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="126"/>
        <source>&amp;Delete events older than:</source>
        <translation>次より古いイベントを削除(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="127"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="128"/>
        <source>History retention in days</source>
        <translation>履歴の保持日数</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="130"/>
        <source>Drift table</source>
        <translation>ドリフトテーブル</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="131"/>
        <source>&amp;Rows kept in the table:</source>
        <translation>テーブルに保持する行数(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="132"/>
        <source>Maximum rows in the drift table</source>
        <translation>ドリフトテーブルの最大行数</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="133"/>
        <source>When the table is full, the oldest events make room for new ones.</source>
        <translation>テーブルがいっぱいになると、最も古いイベントから削除して新しいイベントを追加します。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="134"/>
        <source>&amp;Follow the newest events</source>
        <translation>最新のイベントを追跡する(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="135"/>
        <source>Follow the newest drift events</source>
        <translation>最新のドリフトイベントを追跡</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="137"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="138"/>
        <source>Show a desktop &amp;notification for critical drift</source>
        <translation>重大なドリフトをデスクトップ通知で知らせる(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="139"/>
        <source>Desktop notifications for critical drift</source>
        <translation>重大なドリフトのデスクトップ通知</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="141"/>
        <source>Restore default settings</source>
        <translation>既定の設定に戻す</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourceDialog</name>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="55"/>
        <source>Alert source</source>
        <translation>アラートソース</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="60"/>
        <source>Source name</source>
        <translation>ソース名</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="61"/>
        <source>e.g. prod-falco</source>
        <translation>例: prod-falco</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="65"/>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="66"/>
        <source>gRPC (Falco 0.43 and older)</source>
        <translation>gRPC (Falco 0.43 以前)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="67"/>
        <source>HTTP listener (http_output, falcosidekick)</source>
        <translation>HTTP リスナー (http_output、falcosidekick)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="69"/>
        <location filename="../ui/SourceDialog.cpp" line="107"/>
        <location filename="../ui/SourceDialog.cpp" line="123"/>
        <source>Replay file</source>
        <translation>リプレイファイル</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="73"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="80"/>
        <source>gRPC address</source>
        <translation>gRPC アドレス</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="83"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.cer *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="86"/>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="89"/>
        <source>Certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="92"/>
        <source>Private key file</source>
        <translation>秘密鍵ファイル</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="96"/>
        <source>HTTP listen address</source>
        <translation>HTTP 待ち受けアドレス</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="102"/>
        <source>Bearer token reference</source>
        <translation>Bearer トークンの参照</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="103"/>
        <source>${FALCO_TOKEN} or keychain:falco-token (optional)</source>
        <translation>${FALCO_TOKEN} または keychain:falco-token (省略可)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="111"/>
        <source>&amp;Transport:</source>
        <translation>トランスポート(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="112"/>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="113"/>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="114"/>
        <source>CA certificate:</source>
        <translation>CA 証明書:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="115"/>
        <source>Choose CA certificate file</source>
        <translation>CA 証明書ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="115"/>
        <location filename="../ui/SourceDialog.cpp" line="355"/>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="116"/>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="117"/>
        <source>Choose certificate file</source>
        <translation>証明書ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="117"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="118"/>
        <source>Private key:</source>
        <translation>秘密鍵:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="119"/>
        <source>Choose private key file</source>
        <translation>秘密鍵ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="119"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="120"/>
        <source>&amp;Listen on:</source>
        <translation>待ち受けアドレス(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="121"/>
        <source>&amp;Bearer token:</source>
        <translation>Bearer トークン(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="122"/>
        <source>Replay file:</source>
        <translation>リプレイファイル:</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="123"/>
        <source>Choose replay file</source>
        <translation>リプレイファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="124"/>
        <source>JSON lines (*.jsonl *.json *.log);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="132"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="137"/>
        <source>Test &amp;connection</source>
        <translation>接続テスト(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="139"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="142"/>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="148"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="149"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="185"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="216"/>
        <source>Leave empty to keep the current token</source>
        <translation>空欄のままにすると現在のトークンを維持します</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="325"/>
        <source>The %1 file %2 does not exist.</source>
        <translation>%1 ファイル %2 が存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="327"/>
        <source>The %1 file %2 cannot be read.</source>
        <translation>%1 ファイル %2 を読み込めません。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="334"/>
        <source>Enter Falco&apos;s gRPC address: unix:///run/falco/falco.sock or host:port.</source>
        <translation>Falco の gRPC アドレスを入力してください: unix:///run/falco/falco.sock または ホスト:ポート。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="339"/>
        <source>A unix socket address needs an absolute path, e.g. unix:///run/falco/falco.sock.</source>
        <translation>Unix ソケットのアドレスには絶対パスが必要です (例: unix:///run/falco/falco.sock)。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="345"/>
        <source>&quot;%1&quot; is neither host:port (with a port from 1 to 65535) nor unix:///path.</source>
        <translation>&quot;%1&quot; は ホスト:ポート (ポートは 1 から 65535) でも unix:///パス でもありません。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="352"/>
        <source>Falco serves gRPC over TCP only with mutual TLS: choose the CA certificate, the client certificate and the client key.</source>
        <translation>Falco は TCP 上の gRPC を相互 TLS でのみ提供します。CA 証明書、クライアント証明書、クライアント鍵を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="357"/>
        <location filename="../ui/SourceDialog.cpp" line="370"/>
        <source>certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="359"/>
        <location filename="../ui/SourceDialog.cpp" line="372"/>
        <source>private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="365"/>
        <source>Listen address: %1</source>
        <translation>待ち受けアドレス: %1</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="367"/>
        <source>HTTPS needs both a certificate and a private key; leave both empty for plain HTTP.</source>
        <translation>HTTPS には証明書と秘密鍵の両方が必要です。平文の HTTP にするには両方とも空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="377"/>
        <source>Choose the replay file to read alerts from.</source>
        <translation>アラートを読み込むリプレイファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="379"/>
        <source>replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="390"/>
        <source>Give the source a name.</source>
        <translation>ソースに名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="394"/>
        <source>Another source is already called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のソースがすでにあります。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="401"/>
        <source>The environment must be production, staging or development, or empty.</source>
        <translation>環境は production、staging、development のいずれかにするか、空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="408"/>
        <source>The bearer token refers to ${%1}, which is not set in the environment.</source>
        <translation>Bearer トークンが参照している ${%1} は環境変数に設定されていません。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="412"/>
        <source>Name the keychain entry after &quot;keychain:&quot;, e.g. keychain:falco-token.</source>
        <translation>&quot;keychain:&quot; の後にキーチェーンのエントリ名を書いてください (例: keychain:falco-token)。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="415"/>
        <source>The bearer token must be a reference, ${ENV_VAR} or keychain:NAME, so the secret never sits in a file.</source>
        <translation>シークレットがファイルに残らないよう、Bearer トークンは ${ENV_VAR} または keychain:NAME の参照にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="444"/>
        <source>Warning: %1 already subscribes to this Falco. Falco hands each alert to only one of its gRPC clients, so the alerts will be split between the sources.</source>
        <translation>警告: %1 がすでにこの Falco を購読しています。Falco は各アラートを gRPC クライアントの 1 つにしか渡さないため、アラートがソース間で分散されます。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="449"/>
        <source>config.yaml sets insecure: true for this address (plain TCP, for test servers only). The dialog keeps it but never turns it on.</source>
        <translation>config.yaml でこのアドレスに insecure: true (平文の TCP、テストサーバー専用) が設定されています。このダイアログは設定を維持しますが、自分で有効にすることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="463"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="494"/>
        <source>Reading keychain entry %1…</source>
        <translation>キーチェーンのエントリ %1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/SourceDialog.cpp" line="500"/>
        <source>Keychain entry %1 is empty.</source>
        <translation>キーチェーンのエントリ %1 は空です。</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourceStatusText</name>
    <message>
        <location filename="../ui/SourceStatusText.cpp" line="19"/>
        <source>%1: %2</source>
        <comment>source name, then its connection state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourceStatusText.cpp" line="23"/>
        <source>Falco %1</source>
        <comment>Falco&apos;s version</comment>
        <translation>Falco %1</translation>
    </message>
    <message>
        <location filename="../ui/SourceStatusText.cpp" line="25"/>
        <source>%1 alerts/s</source>
        <comment>alerts per second</comment>
        <translation>%1 件/秒</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourceTableModel</name>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="180"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="181"/>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="182"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="183"/>
        <source>Falco</source>
        <translation>Falco</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="184"/>
        <source>Alerts/s</source>
        <translation>アラート/秒</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="185"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="186"/>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="187"/>
        <source>Next retry</source>
        <translation>次の再試行</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="220"/>
        <source>%1
at %2</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="228"/>
        <source>built-in demo</source>
        <translation>内蔵デモ</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="232"/>
        <source>gRPC %1</source>
        <translation>gRPC %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="234"/>
        <source>gRPC %1 (plain TCP)</source>
        <translation>gRPC %1 (平文 TCP)</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="235"/>
        <source>gRPC %1 (mutual TLS)</source>
        <translation>gRPC %1 (相互 TLS)</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="238"/>
        <source>HTTPS listener %1</source>
        <translation>HTTPS リスナー %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="239"/>
        <source>HTTP listener %1</source>
        <translation>HTTP リスナー %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="240"/>
        <source>Replay file %1</source>
        <translation>リプレイファイル %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="268"/>
        <source>This source and %1 subscribe to the same Falco at %2. Falco keeps one output queue for all its gRPC clients and hands each alert to only one of them, so the alerts are split between these sources and none of them sees them all. Keep one gRPC source per Falco.</source>
        <translation>このソースと %1 は %2 の同じ Falco を購読しています。Falco はすべての gRPC クライアントで 1 つの出力キューを共有し、各アラートをそのうち 1 つにしか渡さないため、アラートがこれらのソース間で分散され、どのソースもすべてのアラートを受け取れません。gRPC ソースは Falco 1 台につき 1 つにしてください。</translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="403"/>
        <source>now</source>
        <translation>今すぐ</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/SourceTableModel.cpp" line="405"/>
        <source>in %n s</source>
        <translation>
            <numerusform>%n 秒後</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/SourceTableModel.cpp" line="412"/>
        <source>%1 (at %2)</source>
        <comment>error text, then the time it happened</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tfdrift::SourcesDock</name>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="31"/>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="40"/>
        <source>Alert sources</source>
        <translation>アラートソース</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="49"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="49"/>
        <source>Add source</source>
        <translation>ソースを追加</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="50"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="50"/>
        <source>Edit source</source>
        <translation>ソースを編集</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="51"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="51"/>
        <source>Remove source</source>
        <translation>ソースを削除</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="53"/>
        <location filename="../ui/SourcesDock.cpp" line="142"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="53"/>
        <location filename="../ui/SourcesDock.cpp" line="143"/>
        <source>Connect source</source>
        <translation>ソースに接続</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="54"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="59"/>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="142"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="143"/>
        <source>Disconnect source</source>
        <translation>ソースを切断</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="155"/>
        <source>Edit Source</source>
        <translation>ソースの編集</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="155"/>
        <source>Add Source</source>
        <translation>ソースの追加</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourcesDock.cpp" line="200"/>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
</context>
<context>
    <name>tfdrift::SqliteFile</name>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="51"/>
        <source>cannot create its folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="90"/>
        <source>the file was written by another version: %1</source>
        <translation>このファイルは別のバージョンで書かれています: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::StateConfigParser</name>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="65"/>
        <source>&quot;state&quot; must be a mapping (one state) or a list of them</source>
        <translation>&quot;state&quot; はマッピング (ステート 1 つ) かそのリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="70"/>
        <source>each &quot;state&quot; entry must be a mapping with backend, ...</source>
        <translation>&quot;state&quot; の各エントリは backend などを持つマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="102"/>
        <source>&quot;refresh_interval&quot; must be 0 (no periodic reload) or at least 1s</source>
        <translation>&quot;refresh_interval&quot; は 0 (定期再読み込みなし) か 1s 以上にしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="114"/>
        <source>&quot;command_timeout&quot; must be longer than 0s</source>
        <translation>&quot;command_timeout&quot; は 0s より長くしてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="144"/>
        <source>a state read by a command without &quot;dir&quot; needs a &quot;name&quot;</source>
        <translation>&quot;dir&quot; なしでコマンドから読むステートには &quot;name&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="150"/>
        <source>another state is already named &quot;%1&quot;; give each state its own &quot;name&quot;</source>
        <translation>&quot;%1&quot; という名前のステートがすでにあります。ステートごとに別の &quot;name&quot; を付けてください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="183"/>
        <source>state has no &quot;backend&quot; (%1)</source>
        <translation>ステートに &quot;backend&quot; (%1) がありません</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="184"/>
        <source>state mixes the keys of several backends; set &quot;backend&quot; (%1)</source>
        <translation>ステートに複数のバックエンドのキーが混在しています。&quot;backend&quot; (%1) を指定してください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="202"/>
        <source>&quot;%1&quot; does not apply to backend %2; it is ignored</source>
        <translation>&quot;%1&quot; はバックエンド %2 には使われないため無視します</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="217"/>
        <source>&quot;workspace&quot; may hold only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;</source>
        <translation>&quot;workspace&quot; に使えるのは英字、数字、&quot;.&quot;、&quot;-&quot;、&quot;_&quot; だけです</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="223"/>
        <source>&quot;workspace&quot; works with command: terraform or tofu; with a command of your own, select the workspace in that command</source>
        <translation>&quot;workspace&quot; が使えるのは command: terraform か tofu のときです。独自のコマンドでは、そのコマンドの中でワークスペースを選んでください</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="235"/>
        <source>backend local needs &quot;local_path&quot;</source>
        <translation>バックエンド local には &quot;local_path&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="253"/>
        <source>backend s3 needs &quot;s3_bucket&quot; and &quot;s3_key&quot;</source>
        <translation>バックエンド s3 には &quot;s3_bucket&quot; と &quot;s3_key&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="281"/>
        <source>backend gcs needs &quot;gcs_bucket&quot;</source>
        <translation>バックエンド gcs には &quot;gcs_bucket&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="309"/>
        <source>backend command needs &quot;command&quot;: a list such as [terraform, -chdir=infra, state, pull], or terraform or tofu with &quot;dir&quot;</source>
        <translation>バックエンド command には &quot;command&quot; が必要です。[terraform, -chdir=infra, state, pull] のようなリストか、&quot;dir&quot; を伴う terraform または tofu です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="325"/>
        <source>command: %1 needs &quot;dir&quot;, the Terraform configuration&apos;s folder</source>
        <translation>command: %1 には Terraform 構成のフォルダー &quot;dir&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/StateConfigParser.cpp" line="346"/>
        <source>&quot;command&quot; must not be empty</source>
        <translation>&quot;command&quot; を空にはできません</translation>
    </message>
</context>
<context>
    <name>tfdrift::StateStore</name>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="78"/>
        <source>no local_path is set for the state</source>
        <translation>ステートに local_path が設定されていません</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="87"/>
        <location filename="../core/state/StateSourceLoader.cpp" line="92"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="89"/>
        <source>%1 is larger than 1 GiB: not a Terraform state</source>
        <translation>%1 は 1 GiB を超えています。Terraform のステートではありません</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="115"/>
        <source>no command is set for the state</source>
        <translation>ステートにコマンドが設定されていません</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="132"/>
        <source>cannot run `%1`: %2</source>
        <translation>`%1` を実行できません: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="141"/>
        <source>`%1` was stopped</source>
        <translation>`%1` は停止されました</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="146"/>
        <source>`%1` did not finish within %2 s</source>
        <translation>`%1` が %2 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="155"/>
        <source>`%1` crashed</source>
        <translation>`%1` がクラッシュしました</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="156"/>
        <source>`%1` crashed: %2</source>
        <translation>`%1` がクラッシュしました: %2</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="160"/>
        <source>`%1` failed with exit code %2</source>
        <translation>`%1` が終了コード %2 で失敗しました</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="161"/>
        <source>`%1` failed with exit code %2: %3</source>
        <translation>`%1` が終了コード %2 で失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../core/state/StateSourceLoader.cpp" line="202"/>
        <source>unknown state backend</source>
        <translation>不明なステートバックエンドです</translation>
    </message>
</context>
<context>
    <name>tfdrift::TerraformState</name>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="43"/>
        <source>expected a JSON object with &quot;version&quot;, &quot;serial&quot; and &quot;resources&quot;: not a Terraform state file</source>
        <translation>&quot;version&quot;、&quot;serial&quot;、&quot;resources&quot; を持つ JSON オブジェクトが必要です。Terraform のステートファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="128"/>
        <source>the state is encrypted (OpenTofu state encryption): use the command backend with `tofu state pull`, which decrypts it</source>
        <translation>ステートが暗号化されています (OpenTofu のステート暗号化)。復号する `tofu state pull` を command バックエンドで使ってください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="132"/>
        <source>missing &quot;version&quot;: not a Terraform state file</source>
        <translation>&quot;version&quot; がありません。Terraform のステートファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="134"/>
        <source>&quot;version&quot; must be an integer</source>
        <translation>&quot;version&quot; は整数にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="137"/>
        <source>state format version %1 is not supported: it was written by Terraform 0.11 or older; refresh it once with Terraform 0.12 or later to upgrade it</source>
        <translation>ステート形式のバージョン %1 には対応していません。Terraform 0.11 以前で書かれたものです。Terraform 0.12 以降で一度リフレッシュして更新してください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="141"/>
        <source>state format version %1 is newer than this console understands (4)</source>
        <translation>ステート形式のバージョン %1 は、このコンソールが理解できるもの (4) より新しいです</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="150"/>
        <source>&quot;serial&quot; must be a non-negative integer</source>
        <translation>&quot;serial&quot; は 0 以上の整数にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="158"/>
        <source>&quot;resources&quot; must be an array</source>
        <translation>&quot;resources&quot; は配列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="209"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="225"/>
        <location filename="../core/state/TerraformState.cpp" line="271"/>
        <source>must be an object</source>
        <translation>オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="229"/>
        <source>&quot;mode&quot; must be &quot;managed&quot; or &quot;data&quot;</source>
        <translation>&quot;mode&quot; は &quot;managed&quot; か &quot;data&quot; にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="239"/>
        <source>a resource needs a &quot;type&quot; and a &quot;name&quot;</source>
        <translation>リソースには &quot;type&quot; と &quot;name&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="256"/>
        <source>&quot;instances&quot; must be an array</source>
        <translation>&quot;instances&quot; は配列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="290"/>
        <source>&quot;index_key&quot; must be an integer or a string</source>
        <translation>&quot;index_key&quot; は整数か文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="298"/>
        <source>&quot;attributes&quot; must be an object</source>
        <translation>&quot;attributes&quot; はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="306"/>
        <source>&quot;attributes_flat&quot; must be an object</source>
        <translation>&quot;attributes_flat&quot; はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="337"/>
        <source>&quot;sensitive_attributes&quot; must be an array</source>
        <translation>&quot;sensitive_attributes&quot; は配列にしてください</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="389"/>
        <location filename="../core/state/TerraformState.cpp" line="397"/>
        <location filename="../core/state/TerraformState.cpp" line="412"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../core/state/TerraformState.cpp" line="389"/>
        <source>the state is empty (no state stored yet?)</source>
        <translation>ステートが空です (まだ保存されていない可能性があります)</translation>
    </message>
</context>
<context>
    <name>tfdrift::YamlDiagnostics</name>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="59"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="67"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="77"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>「%1」は true または false でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="89"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>「%1」は整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="93"/>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>「%1」は %2 から %3 の範囲でなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="104"/>
        <source>&quot;%1&quot; must be a duration such as &quot;100ms&quot;, &quot;30s&quot; or &quot;5m&quot;</source>
        <translation>「%1」は「100ms」「30s」「5m」のような時間の長さでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="114"/>
        <source>&quot;%1&quot; must be a mapping of keys to values</source>
        <translation>「%1」はキーと値のマッピングでなければなりません</translation>
    </message>
    <message>
        <location filename="../core/config/YamlDiagnostics.cpp" line="124"/>
        <source>unknown key &quot;%1&quot; in %2; it is ignored</source>
        <translation>%2 の不明なキー「%1」は無視されます</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>Usage: tfdrift &lt;command&gt; [options]
Terraform drift detection from Falco alerts, without a window.

Commands:
</source>
        <translation>使い方: tfdrift &lt;コマンド&gt; [オプション]
Falco のアラートから Terraform のドリフトを検出します (ウィンドウなし)。

コマンド:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Run &quot;tfdrift &lt;command&gt; --help&quot; for a command&apos;s options.
</source>
        <translation>
オプション:
  -h, --help     このヘルプを表示します。
  -v, --version  バージョンを表示します。

各コマンドのオプションは「tfdrift &lt;コマンド&gt; --help」で表示されます。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>unknown command &quot;%1&quot;; see tfdrift --help</source>
        <translation>不明なコマンド「%1」です。tfdrift --help を参照してください</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusPrinter.cpp" line="16"/>
        <source>Falco version %1</source>
        <translation>Falco バージョン %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::CliCommand</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="53"/>
        <source>--count needs a positive number</source>
        <translation>--count には正の数が必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::CliNotifications</name>
    <message numerus="yes">
        <location filename="../app/cli/CliNotifications.cpp" line="39"/>
        <source>%1: notification %2 dead-lettered after %n attempt(s): %3</source>
        <translation>
            <numerusform>%1: 通知 %2 は %n 回の試行の後デッドレターになりました: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliNotifications.cpp" line="46"/>
        <source>%1: notification %2 failed (%3), next attempt at %4</source>
        <translation>%1: 通知 %2 の送信に失敗しました (%3)。次の試行は %4</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::ConfigCommand</name>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="20"/>
        <source>1 error</source>
        <translation>エラー 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="20"/>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="25"/>
        <source>1 warning</source>
        <translation>警告 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="25"/>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="36"/>
        <source>Check a config.yaml and report its errors and warnings with their line and column</source>
        <translation>config.yaml を検査し、エラーと警告を行と列つきで報告する</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="44"/>
        <source>

Exit status: 0 when the file is valid (warnings allowed), 1 when it has errors, 2 on usage errors.</source>
        <translation>

終了ステータス: ファイルが有効なら 0 (警告は可)、エラーがあれば 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="46"/>
        <source>Check FILE.</source>
        <translation>FILE を検査します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="46"/>
        <source>check FILE</source>
        <translation>check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="53"/>
        <source>missing subcommand; usage: tfdrift config check FILE</source>
        <translation>サブコマンドがありません。使い方: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="57"/>
        <source>unknown subcommand &quot;%1&quot;; usage: tfdrift config check FILE</source>
        <translation>不明なサブコマンド &quot;%1&quot; です。使い方: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="62"/>
        <source>missing FILE; usage: tfdrift config check FILE</source>
        <translation>FILE がありません。使い方: tfdrift config check FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="66"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="86"/>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="88"/>
        <location filename="../app/cli/ConfigCommand.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommand.cpp" line="92"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::EmulateCommand</name>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="30"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="47"/>
        <source>%1 records raised %2 alerts</source>
        <translation>レコード %1 件からアラート %2 件が発生しました</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="54"/>
        <source>Run a stand-in Falco that replays alerts over gRPC or posts them like http_output</source>
        <translation>Falco の代役を実行し、アラートを gRPC で再生するか、http_output と同じように POST します</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="62"/>
        <source>Serve gRPC on TCP host:port (port 0: any).</source>
        <translation>TCP の ホスト:ポート で gRPC を提供します (ポート 0: 空いているポート)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="62"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="63"/>
        <source>Serve gRPC on a unix socket.</source>
        <translation>Unix ソケットで gRPC を提供します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="64"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="66"/>
        <source>POST each alert to URL as Falco&apos;s http_output does.</source>
        <translation>Falco の http_output と同じように、各アラートを URL に POST します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="67"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="69"/>
        <source>CA that signs client certificates (mTLS).</source>
        <translation>クライアント証明書に署名する CA (mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="69"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="71"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="73"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="79"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="84"/>
        <location filename="../app/cli/EmulateCommand.cpp" line="88"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="70"/>
        <source>Server certificate (mTLS).</source>
        <translation>サーバー証明書 (mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="72"/>
        <source>Server private key (mTLS).</source>
        <translation>サーバーの秘密鍵 (mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="76"/>
        <source>Serve plain TCP without TLS (tests only; real Falco requires mTLS).</source>
        <translation>TLS なしの平文 TCP で提供します (テスト専用。実際の Falco では mTLS が必須です)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="78"/>
        <source>JSON-lines alerts to replay (default: the built-in demo feed).</source>
        <translation>再生する JSON Lines 形式のアラート (既定: 内蔵デモフィード)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="82"/>
        <source>Act as Falco over recorded audit events: a CloudTrail file or JSON lines of CloudTrail records or GCP audit entries; the alerts the rules raise are served.</source>
        <translation>記録済みの監査イベントを入力に Falco として動作し、ルールが発生させたアラートを提供します。入力は CloudTrail ファイル、または CloudTrail レコードか GCP 監査エントリの JSON Lines です。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="87"/>
        <source>Rules for --cloudtrail; repeat for several (default: the bundled tfdrift_rules.yaml).</source>
        <translation>--cloudtrail で使うルール。複数あるときは繰り返し指定します (既定: 同梱の tfdrift_rules.yaml)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="90"/>
        <source>Alerts per second; 0 sends all at once (default 10).</source>
        <translation>毎秒のアラート数。0 ならすべてを一度に送ります (既定 10)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="91"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="93"/>
        <source>Start over at the end of the file.</source>
        <translation>ファイルの終わりに達したら最初から繰り返します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="96"/>
        <source>Keep recorded times instead of stamping alerts with the current time.</source>
        <translation>アラートに現在時刻を付けず、記録された時刻をそのまま使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="99"/>
        <source>Exit once every alert was sent (and, for gRPC, taken by a client).</source>
        <translation>すべてのアラートを送信したら (gRPC ではクライアントが受け取ったら) 終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="110"/>
        <source>give exactly one of --listen, --unix or --post</source>
        <translation>--listen、--unix、--post のうち 1 つだけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="116"/>
        <source>--rate needs a number &gt;= 0</source>
        <translation>--rate には 0 以上の数値が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="120"/>
        <source>--loop never drains; it cannot be combined with --exit-when-drained</source>
        <translation>--loop では送信が終わらないため、--exit-when-drained と組み合わせられません</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="125"/>
        <source>give either --replay or --cloudtrail, not both</source>
        <translation>--replay と --cloudtrail はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="129"/>
        <source>--rules only applies with --cloudtrail</source>
        <translation>--rules は --cloudtrail を指定したときだけ有効です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="143"/>
        <source>no alerts to replay</source>
        <translation>再生するアラートがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="152"/>
        <source>--post needs an http:// or https:// URL</source>
        <translation>--post には http:// または https:// の URL が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="169"/>
        <source>the receiver answered HTTP %1: %2</source>
        <translation>受信側が HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="185"/>
        <source>posting to %1</source>
        <translation>%1 に POST 中</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="200"/>
        <source>TCP needs --tls-ca, --tls-cert and --tls-key (mutual TLS, as Falco), or --insecure</source>
        <translation>TCP には --tls-ca、--tls-cert、--tls-key (Falco と同じ相互 TLS)、または --insecure が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="210"/>
        <source>listening on unix://%1</source>
        <translation>unix://%1 で待ち受け中</translation>
    </message>
    <message>
        <location filename="../app/cli/EmulateCommand.cpp" line="213"/>
        <source>listening on %1:%2</source>
        <translation>%1:%2 で待ち受け中</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::NotifyCommand</name>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="38"/>
        <source>The config.yaml to use (default: ./config.yaml).</source>
        <translation>使用する config.yaml (既定: ./config.yaml)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="39"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="73"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="111"/>
        <source>Send a test drift event, marked as a test, to each enabled channel or to one.
Exit status: 0 when every channel accepted it, 1 when one failed, 2 on usage errors.</source>
        <translation>テストと明記したドリフトイベントを、有効な各チャネルまたは指定した 1 つのチャネルに送信します。
終了ステータス: すべてのチャネルが受け付けたら 0、失敗したチャネルがあれば 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="114"/>
        <source>Only this channel (slack, discord, teams, pagerduty, webhook, custom, falco_output).</source>
        <translation>このチャネルだけに送信します (slack、discord、teams、pagerduty、webhook、custom、falco_output)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="116"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>CHANNEL</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="147"/>
        <source>LATENCY</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="148"/>
        <source>TARGET</source>
        <translation>送信先</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="148"/>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="153"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="153"/>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="154"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="157"/>
        <source>%n channel(s) tested, %1 failed</source>
        <translation>
            <numerusform>チャネル %n 個をテストし、%1 個が失敗しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="165"/>
        <source>Deliver what the notification outbox holds, then exit.
Exit status: 0 when nothing is left to send, 1 when notifications still wait or were dead-lettered, 2 on usage errors.</source>
        <translation>通知の送信キュー (outbox) にあるものを送信してから終了します。
終了ステータス: 送るものが残っていなければ 0、送信待ちの通知が残っているか通知がデッドレターになったら 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="169"/>
        <source>Give up waiting after this long (default 60s).</source>
        <translation>この時間が過ぎたら待つのをやめます (既定 60s)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="170"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="179"/>
        <source>--timeout needs a duration such as 30s or 5m</source>
        <translation>--timeout には 30s や 5m のような時間の長さが必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="194"/>
        <source>outbox %1: %2 delivered, %3 pending, %4 dead</source>
        <translation>送信キュー %1: 送信済み %2、送信待ち %3、デッドレター %4</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="215"/>
        <source>List the notifications in the outbox, with the reason each dead letter failed.</source>
        <translation>送信キュー (outbox) の通知を一覧表示し、デッドレターごとに失敗の理由を示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="218"/>
        <source>pending, dead or delivered (default: pending and dead).</source>
        <translation>pending、dead、delivered のいずれか (既定: pending と dead)。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="219"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="220"/>
        <source>One JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクトで出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="229"/>
        <source>--state must be pending, dead or delivered</source>
        <translation>--state は pending、dead、delivered のいずれかにしてください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="258"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="265"/>
        <source>%1 pending, %2 dead, %3 delivered; repeated events suppressed: %4; possible duplicates sent (an earlier attempt may already have arrived): %5</source>
        <translation>保留 %1、デッドレター %2、配信済み %3; 抑止した重複イベント: %4; 重複の可能性がある送信 (以前の試行が届いていた可能性): %5</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="278"/>
        <source>Put dead letters back in the queue; the next `tfdrift notify flush` or `tfdrift watch` sends them.</source>
        <translation>デッドレターを送信キューに戻します。次の `tfdrift notify flush` または `tfdrift watch` がそれらを送信します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="280"/>
        <source>The dead letter to retry.</source>
        <translation>再試行するデッドレター。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="281"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="282"/>
        <source>Retry every dead letter.</source>
        <translation>すべてのデッドレターを再試行します。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="288"/>
        <source>give either --id N or --all</source>
        <translation>--id N か --all のどちらかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="296"/>
        <source>--id needs a notification number from `tfdrift notify outbox`</source>
        <translation>--id には `tfdrift notify outbox` が示す通知番号が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NotifyCommand.cpp" line="304"/>
        <source>%n dead letter(s) queued again</source>
        <translation>
            <numerusform>デッドレター %n 件を送信キューに戻しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="312"/>
        <source>Store a secret in the OS secret store, for keychain:NAME in config.yaml. The value is read from standard input, so that it stays out of the shell history.</source>
        <translation>config.yaml の keychain:NAME で使うシークレットを OS のシークレットストアに保存します。値はシェルの履歴に残らないよう標準入力から読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="315"/>
        <source>The action: set.</source>
        <translation>操作: set。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="316"/>
        <source>The entry&apos;s name.</source>
        <translation>エントリの名前。</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="322"/>
        <source>usage: tfdrift notify secret set NAME &lt; value</source>
        <translation>使い方: tfdrift notify secret set NAME &lt; 値</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="327"/>
        <source>cannot read standard input</source>
        <translation>標準入力を読み込めません</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="332"/>
        <source>no secret on standard input</source>
        <translation>標準入力にシークレットがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="346"/>
        <source>stored; use &quot;keychain:%1&quot; in config.yaml</source>
        <translation>保存しました。config.yaml では &quot;keychain:%1&quot; を使ってください</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="355"/>
        <source>Send a test drift event to each enabled channel and show what each service said</source>
        <translation>有効な各チャネルにテスト用のドリフトイベントを送信し、各サービスの応答を表示する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="357"/>
        <source>Deliver what the outbox holds, then exit</source>
        <translation>送信キューにあるものを送信してから終了する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="359"/>
        <source>List pending and dead-lettered notifications</source>
        <translation>送信待ちの通知とデッドレターになった通知を一覧表示する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="360"/>
        <source>Queue dead letters again</source>
        <translation>デッドレターを送信キューに戻す</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="362"/>
        <source>Store a channel secret in the OS secret store</source>
        <translation>チャネルのシークレットを OS のシークレットストアに保存する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="367"/>
        <source>Test notification channels and manage the notification outbox</source>
        <translation>通知チャネルをテストし、通知の送信キューを管理する</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="372"/>
        <source>Usage: tfdrift notify &lt;subcommand&gt; [options]</source>
        <translation>使い方: tfdrift notify &lt;サブコマンド&gt; [オプション]</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::RulesCommand</name>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="37"/>
        <source>1 error</source>
        <translation>エラー 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="37"/>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="42"/>
        <source>1 warning</source>
        <translation>警告 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="42"/>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="47"/>
        <source>1 file</source>
        <translation>ファイル 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="47"/>
        <source>%1 files</source>
        <translation>ファイル %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="52"/>
        <source>1 rule</source>
        <translation>ルール 1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="52"/>
        <source>%1 rules</source>
        <translation>ルール %1 件</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="72"/>
        <source>

Exit status: 0 when the files are valid (warnings allowed), 1 when they have errors, 2 on usage errors.</source>
        <translation>

終了ステータス: ファイルが有効なら 0 (警告は可)、エラーがあれば 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="74"/>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="77"/>
        <source>Rules files, loaded in this order (as Falco&apos;s rules_files).</source>
        <translation>ルールファイル。指定した順に読み込みます (Falco の rules_files と同じ)。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="78"/>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="86"/>
        <source>Usage: %1 [options] FILE...</source>
        <translation>使い方: %1 [オプション] FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="95"/>
        <source>missing FILE; usage: %1 [--json] FILE...</source>
        <translation>FILE がありません。使い方: %1 [--json] FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="149"/>
        <source>Check Falco rules files as `falco -V` does and print each finding as
FILE:LINE:COL: error|warning: CODE: message, with a suggested fix where one is known.
Files load in the order given, with Falco&apos;s append and override semantics.
--json prints the document of `falco -V FILE... -o json_output=true` instead.</source>
        <translation>Falco のルールファイルを `falco -V` と同じように検査し、各指摘を
FILE:LINE:COL: error|warning: CODE: message の形式で、修正案がわかる場合はそれも添えて出力します。
ファイルは指定した順に、Falco の append と override の規則に従って読み込みます。
--json を指定すると、代わりに `falco -V FILE... -o json_output=true` と同じ文書を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="168"/>
        <source>%1, %2 in %3</source>
        <translation>%1、%2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="180"/>
        <source>List the rules of Falco rules files as they stand after every append and override:
name, source, priority, enabled and tags. Errors that stop a file from loading go to stderr;
`tfdrift rules validate` shows every finding.</source>
        <translation>Falco のルールファイルのルールを、append と override をすべて適用した後の状態で一覧表示します:
名前、ソース、優先度、有効かどうか、タグ。ファイルの読み込みを止めるエラーは標準エラー出力に出します。
すべての指摘は `tfdrift rules validate` で確認できます。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="202"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="202"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="202"/>
        <source>PRIORITY</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="203"/>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="203"/>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="206"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="206"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="221"/>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="222"/>
        <source>%1 in %2; %3 while loading</source>
        <translation>%1 (%2)。読み込み時: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="230"/>
        <source>Check rules files as `falco -V` does, with line, column and suggested fixes</source>
        <translation>ルールファイルを `falco -V` と同じように検査し、行と列、修正案を示す</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="232"/>
        <source>List the rules: name, source, priority, enabled, tags</source>
        <translation>ルールを一覧表示する: 名前、ソース、優先度、有効かどうか、タグ</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="236"/>
        <source>Dry-run rules over recorded CloudTrail or GCP audit events and print the alerts</source>
        <translation>記録済みの CloudTrail または GCP の監査イベントでルールをドライランし、アラートを出力する</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="242"/>
        <source>Validate, list and dry-run Falco rules files</source>
        <translation>Falco のルールファイルを検証、一覧表示、ドライランする</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesCommand.cpp" line="247"/>
        <source>Usage: tfdrift rules &lt;subcommand&gt; [options] FILE...</source>
        <translation>使い方: tfdrift rules &lt;サブコマンド&gt; [オプション] FILE...</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::RulesTestCommand</name>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="41"/>
        <source>event %1: not a %2 event</source>
        <translation>イベント %1: %2 のイベントではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="45"/>
        <source>event %1: %2</source>
        <translation>イベント %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="46"/>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="46"/>
        <source>no match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="85"/>
        <source>Dry-run rules over recorded cloud audit events and print the alerts Falco would emit.

Events: a CloudTrail log file ({&quot;Records&quot;: [...]}), JSON lines of CloudTrail records, or JSON lines of GCP audit LogEntry objects.

Exit status: 0 when every file was read, 1 when the rules have errors or an event could not be read, 2 on usage errors.</source>
        <translation>記録済みのクラウド監査イベントでルールをドライランし、Falco が出すはずのアラートを出力します。

イベント: CloudTrail のログファイル ({&quot;Records&quot;: [...]})、CloudTrail レコードの JSON Lines、または GCP 監査の LogEntry オブジェクトの JSON Lines。

終了ステータス: すべてのファイルを読み込めたら 0、ルールにエラーがあるかイベントを読み込めなかったら 1、使い方の誤りなら 2。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="91"/>
        <source>A rules file; repeat for several, loaded in order.</source>
        <translation>ルールファイル。複数あるときは繰り返し指定します (指定した順に読み込みます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="92"/>
        <location filename="../app/cli/RulesTestCommand.cpp" line="94"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="93"/>
        <source>The recorded events.</source>
        <translation>記録済みのイベント。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="97"/>
        <source>Instead of alerts, show for each event which part of RULE&apos;s condition decided the result.</source>
        <translation>アラートの代わりに、RULE の条件のどの部分が結果を決めたかをイベントごとに表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="98"/>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="100"/>
        <source>Also run rules that are disabled (enabled: false).</source>
        <translation>無効なルール (enabled: false) も実行します。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="102"/>
        <source>The hostname alerts carry (default: this machine&apos;s).</source>
        <translation>アラートに付けるホスト名 (既定: このマシンのホスト名)。</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="103"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="109"/>
        <source>give --rules FILE and --events FILE; see tfdrift rules test --help</source>
        <translation>--rules FILE と --events FILE を指定してください (tfdrift rules test --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="113"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="67"/>
        <source>the rules have errors; Falco would not load them (see tfdrift rules validate)</source>
        <translation>ルールにエラーがあります。Falco はこのルールを読み込みません (tfdrift rules validate を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="127"/>
        <source>no rule named &quot;%1&quot; can be evaluated</source>
        <translation>&quot;%1&quot; という名前の評価できるルールはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="131"/>
        <source>warning: rule &quot;%1&quot; (%2) is not evaluated: %3</source>
        <translation>警告: ルール &quot;%1&quot; (%2) は評価されません: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RulesTestCommand.cpp" line="144"/>
        <source>%1 events, %2 alerts from %3 rules</source>
        <translation>イベント %1 件、アラート %2 件 (ルール %3 件)</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::SubcommandCommand</name>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="24"/>
        <source>Subcommands:
</source>
        <translation>サブコマンド:
</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="27"/>
        <source>
Run &quot;tfdrift %1 &lt;subcommand&gt; --help&quot; for a subcommand&apos;s options.
</source>
        <translation>
各サブコマンドのオプションは &quot;tfdrift %1 &lt;サブコマンド&gt; --help&quot; で表示されます。
</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="42"/>
        <source>missing subcommand; usage: tfdrift %1 %2 ...</source>
        <translation>サブコマンドがありません。使い方: tfdrift %1 %2 ...</translation>
    </message>
    <message>
        <location filename="../app/cli/SubcommandCommand.cpp" line="53"/>
        <source>unknown subcommand &quot;%1&quot;; usage: tfdrift %2 %3 ...</source>
        <translation>不明なサブコマンド &quot;%1&quot; です。使い方: tfdrift %2 %3 ...</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::TailCommand</name>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="38"/>
        <source>Receive alerts from Falco (gRPC, HTTP or a capture file) and print them as JSON lines</source>
        <translation>Falco からアラートを受け取り (gRPC、HTTP、キャプチャファイル)、JSON Lines として出力します</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="46"/>
        <source>Subscribe to Falco&apos;s gRPC output at host:port.</source>
        <translation>ホスト:ポート の Falco の gRPC 出力を購読します。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="46"/>
        <location filename="../app/cli/TailCommand.cpp" line="52"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="48"/>
        <source>Subscribe to Falco&apos;s gRPC output on a unix socket.</source>
        <translation>Unix ソケット上の Falco の gRPC 出力を購読します。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="49"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="51"/>
        <source>Receive Falco http_output / falcosidekick posts on host:port.</source>
        <translation>ホスト:ポート で Falco の http_output / falcosidekick からの POST を受け取ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="54"/>
        <source>Read a JSON-lines capture file.</source>
        <translation>JSON Lines 形式のキャプチャファイルを読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="54"/>
        <location filename="../app/cli/TailCommand.cpp" line="57"/>
        <location filename="../app/cli/TailCommand.cpp" line="60"/>
        <location filename="../app/cli/TailCommand.cpp" line="62"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="56"/>
        <source>CA certificate that signs the server (gRPC mTLS).</source>
        <translation>サーバーに署名した CA の証明書 (gRPC mTLS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="60"/>
        <source>Client certificate (gRPC mTLS) or server certificate (--listen HTTPS).</source>
        <translation>クライアント証明書 (gRPC mTLS) またはサーバー証明書 (--listen の HTTPS)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="61"/>
        <source>Private key for --tls-cert.</source>
        <translation>--tls-cert の秘密鍵。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="65"/>
        <source>Plain TCP gRPC without TLS (test servers only; Falco never serves it).</source>
        <translation>TLS なしの平文 TCP による gRPC (テストサーバー専用。Falco はこの方式を提供しません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="68"/>
        <source>Require this environment variable&apos;s value as the HTTP bearer token.</source>
        <translation>この環境変数の値を HTTP の Bearer トークンとして要求します。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="68"/>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="69"/>
        <source>Exit after N alerts.</source>
        <translation>N 件のアラートを受け取ったら終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="70"/>
        <location filename="../app/cli/TailCommand.cpp" line="73"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="73"/>
        <source>Give up after N failed connection attempts in a row (default: never).</source>
        <translation>接続が N 回続けて失敗したらあきらめます (既定: あきらめない)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="75"/>
        <source>Milliseconds between gRPC poll requests (default 100).</source>
        <translation>gRPC のポーリング要求の間隔 (ミリ秒、既定 100)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="76"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="78"/>
        <source>Name of this source in the output.</source>
        <translation>出力に表示するこのソースの名前。</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="78"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="88"/>
        <source>give exactly one of --grpc, --unix, --listen or --replay</source>
        <translation>--grpc、--unix、--listen、--replay のうち 1 つだけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="92"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="110"/>
        <source>--max-retries needs a number &gt;= 0</source>
        <translation>--max-retries には 0 以上の数値が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="117"/>
        <source>--poll-interval needs milliseconds between 1 and 60000</source>
        <translation>--poll-interval には 1 から 60000 までのミリ秒数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="129"/>
        <source>--grpc needs host:port, got &quot;%1&quot;</source>
        <translation>--grpc には ホスト:ポート が必要ですが、「%1」が指定されました</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="136"/>
        <source>gRPC over TCP needs --tls-ca, --tls-cert and --tls-key (Falco serves TCP only with mutual TLS), or --insecure for a local test server</source>
        <translation>TCP 上の gRPC には --tls-ca、--tls-cert、--tls-key が必要です (Falco は TCP を相互 TLS でのみ提供します)。ローカルのテストサーバーなら --insecure を指定します</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="149"/>
        <source>HTTPS needs both --tls-cert and --tls-key</source>
        <translation>HTTPS には --tls-cert と --tls-key の両方が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TailCommand.cpp" line="156"/>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
</context>
<context>
    <name>tfdrift::cli::WatchCommand</name>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="36"/>
        <source>Detect drift from Falco alerts and print drift events as JSON lines</source>
        <translation>Falco のアラートからドリフトを検知し、ドリフトイベントを JSON Lines で出力する</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="43"/>
        <source>The config.yaml to use.</source>
        <translation>使用する config.yaml。</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="44"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="47"/>
        <source>Run on the built-in demo: a stand-in Falco replaying sample CloudTrail and GCP alerts against two sample accounts&apos; Terraform state.</source>
        <translation>内蔵デモで動かします。代替の Falco がサンプルの CloudTrail と GCP のアラートを再生し、2 つのサンプルアカウントの Terraform ステートと照合します。</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="49"/>
        <source>Exit after N drift events.</source>
        <translation>ドリフトイベントを N 件出力したら終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="50"/>
        <location filename="../app/cli/WatchCommand.cpp" line="52"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="52"/>
        <source>Demo alerts per second (default 100).</source>
        <translation>デモの毎秒アラート数 (既定 100)。</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="58"/>
        <source>give either --config FILE or --demo</source>
        <translation>--config FILE か --demo のどちらかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="62"/>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="73"/>
        <source>--rate needs a positive number</source>
        <translation>--rate には正の数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="106"/>
        <source>no Falco source is configured: add falco.endpoints, or falco.hostname and port</source>
        <translation>Falco のソースが設定されていません。falco.endpoints か、falco.hostname と port を追加してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/WatchCommand.cpp" line="125"/>
        <source>state %1: %n resource(s), serial %2</source>
        <translation>
            <numerusform>ステート %1: リソース %n 件、シリアル %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="129"/>
        <source>state %1: %2</source>
        <translation>ステート %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="160"/>
        <source>notifications not yet delivered stay in the outbox for the next run</source>
        <translation>まだ送信していない通知は送信キューに残り、次回の実行で送信されます</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelPayloads</name>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="158"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="212"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="310"/>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="159"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="213"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="310"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="160"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="214"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="311"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="162"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="215"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="311"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="163"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="216"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="312"/>
        <source>Account / region</source>
        <translation>アカウント / リージョン</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="164"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="217"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="315"/>
        <source>API call</source>
        <translation>API 呼び出し</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="166"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="219"/>
        <location filename="../core/notify/ChannelPayloads.cpp" line="314"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="179"/>
        <source>Falco rule: </source>
        <translation>Falco ルール: </translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="303"/>
        <source>Test notification sent from TFDrift Console.</source>
        <translation>TFDrift Console から送信したテスト通知です。</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="316"/>
        <source>Falco rule</source>
        <translation>Falco ルール</translation>
    </message>
    <message>
        <location filename="../core/notify/ChannelPayloads.cpp" line="321"/>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ChannelPayloads.cpp" line="336"/>
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>ほか %n 件の変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelQueue</name>
    <message>
        <location filename="../core/notify/ChannelQueue.cpp" line="60"/>
        <source>%1: cannot read the channel&apos;s secrets, its notifications wait in the outbox: %2</source>
        <translation>%1: チャネルのシークレットを読み込めないため、通知は送信キューで待機します: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/notify/ChannelQueue.cpp" line="133"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>%n 回試行して断念しました: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::ChannelSecrets</name>
    <message>
        <location filename="../core/notify/ChannelSecrets.cpp" line="73"/>
        <source>%1: no OS secret store is available</source>
        <translation>%1: OS のシークレットストアを使用できません</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::DriftSummary</name>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="22"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="36"/>
        <source>Drift: %1 %2</source>
        <translation>ドリフト: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/notify/DriftSummary.cpp" line="38"/>
        <source>[TEST] %1</source>
        <translation>[テスト] %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::FileChannelTransport</name>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="25"/>
        <source>cannot write to standard output</source>
        <translation>標準出力に書き込めません</translation>
    </message>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="29"/>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/FileChannelTransport.cpp" line="32"/>
        <source>cannot write to %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::HttpChannelTransport</name>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="69"/>
        <source>ca_file %1 holds no PEM certificate</source>
        <translation>ca_file %1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="110"/>
        <source>the channel&apos;s URL is not valid</source>
        <translation>チャネルの URL が不正です</translation>
    </message>
    <message>
        <location filename="../core/notify/HttpChannelTransport.cpp" line="159"/>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 以内に応答がありませんでした</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::NotificationManager</name>
    <message>
        <location filename="../core/notify/NotificationManager.cpp" line="62"/>
        <source>%1: cannot write &quot;%2&quot; to the notification outbox: %3</source>
        <translation>%1: &quot;%2&quot; を通知の送信キューに書き込めません: %3</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::Outbox</name>
    <message>
        <location filename="../core/notify/Outbox.cpp" line="116"/>
        <source>cannot open the notification outbox %1: %2</source>
        <translation>通知の送信キュー %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::SecretStore</name>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="20"/>
        <source>access denied (%1)</source>
        <translation>アクセスが拒否されました (%1)</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="24"/>
        <source>%1; is a secret service (GNOME Keyring, KWallet, macOS Keychain) running and unlocked in this session? Without one, use ${ENV_VAR}</source>
        <translation>%1; このセッションでシークレットサービス (GNOME Keyring, KWallet, macOS Keychain) が動作し、ロック解除されていますか? 無い場合は ${ENV_VAR} を使ってください</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="52"/>
        <source>the OS secret store has no entry &quot;%1&quot; for %2</source>
        <translation>OS のシークレットストアに %2 のエントリ &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="53"/>
        <source>the OS secret store could not read &quot;%1&quot;: %2</source>
        <translation>OS のシークレットストアが &quot;%1&quot; を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SecretStore.cpp" line="70"/>
        <source>the OS secret store could not store &quot;%1&quot;: %2</source>
        <translation>OS のシークレットストアが &quot;%1&quot; を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>tfdrift::notify::TestAlertRunner</name>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="38"/>
        <source>channel &quot;%1&quot; is not enabled (set notifications.%1.enabled: true)</source>
        <translation>チャネル &quot;%1&quot; は有効になっていません (notifications.%1.enabled: true を設定してください)</translation>
    </message>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="48"/>
        <source>no notification channel is enabled</source>
        <translation>有効な通知チャネルがありません</translation>
    </message>
    <message>
        <location filename="../core/notify/TestAlertRunner.cpp" line="49"/>
        <source>the config has no channel &quot;%1&quot; under notifications</source>
        <translation>設定の notifications にチャネル &quot;%1&quot; がありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules</name>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="65"/>
        <source>File read error</source>
        <translation>ファイル読み込みエラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="66"/>
        <source>YAML parse error</source>
        <translation>YAML 解析エラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="68"/>
        <source>Error validating internal structure of YAML file</source>
        <translation>YAML ファイルの内部構造の検証エラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="70"/>
        <source>Error compiling condition</source>
        <translation>条件のコンパイルエラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="72"/>
        <source>Error compiling output</source>
        <translation>出力のコンパイルエラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="74"/>
        <source>Error validating rule/macro/list/exception objects</source>
        <translation>rule/macro/list/exception オブジェクトの検証エラー</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="75"/>
        <source>Unknown event source</source>
        <translation>不明なイベントソース</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="77"/>
        <source>Unsafe &lt;NA&gt; comparison in condition</source>
        <translation>条件に安全でない &lt;NA&gt; との比較があります</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="79"/>
        <source>Condition has no event-type restriction</source>
        <translation>条件にイベントタイプの制限がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="81"/>
        <source>Warning in rule condition</source>
        <translation>ルール条件の警告</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="83"/>
        <source>Unknown field or event-type in condition or output</source>
        <translation>条件または出力に不明なフィールドかイベントタイプがあります</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="84"/>
        <source>Unused macro</source>
        <translation>使われていないマクロ</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="85"/>
        <source>Unused list</source>
        <translation>使われていないリスト</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="86"/>
        <source>Unknown rules file item</source>
        <translation>不明なルールファイル項目</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="87"/>
        <source>Used deprecated item</source>
        <translation>非推奨の項目が使われています</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="89"/>
        <source>Overriding/appending with no values</source>
        <translation>値のない上書き/追加</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="90"/>
        <source>Unknown key in item</source>
        <translation>項目に不明なキーがあります</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="92"/>
        <source>Invalid macro name</source>
        <translation>無効なマクロ名</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="93"/>
        <source>Invalid list name</source>
        <translation>無効なリスト名</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleDiagnostic.cpp" line="95"/>
        <source>Multiple exceptions defined with the same name</source>
        <translation>同じ名前の例外が複数定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="101"/>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> &apos;%1&apos; の誤りではありませんか?</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="140"/>
        <source>since enter events are dropped, &apos;evt.dir = &lt;&apos; is always true and &apos;evt.dir = &gt;&apos; always false; remove the condition on evt.dir</source>
        <translation>enter イベントは破棄されるため、&apos;evt.dir = &lt;&apos; は常に真、&apos;evt.dir = &gt;&apos; は常に偽になります。evt.dir の条件を削除してください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="143"/>
        <source>the field has no value since enter events are dropped</source>
        <translation>enter イベントは破棄されるため、このフィールドには値がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="41"/>
        <source>invalid formatting token %: a trailing &apos;%&apos; names no field</source>
        <translation>無効な書式トークン % です。末尾の &apos;%&apos; はフィールドを指していません</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="48"/>
        <source>invalid formatting token %(: write %field, not %(field)</source>
        <translation>無効な書式トークン %( です。%(field) ではなく %field と書いてください</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="57"/>
        <source>invalid formatting token %1</source>
        <translation>無効な書式トークン %1 です</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="64"/>
        <source>invalid formatting token %1: missing &apos;)&apos;</source>
        <translation>無効な書式トークン %1 です。&apos;)&apos; がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/OutputTokens.cpp" line="83"/>
        <source>invalid formatting token %1: missing &apos;]&apos;</source>
        <translation>無効な書式トークン %1 です。&apos;]&apos; がありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::ConditionCompiler</name>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="54"/>
        <source>the condition is empty</source>
        <translation>条件が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="119"/>
        <source>expected a condition here</source>
        <translation>ここには条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="126"/>
        <source>Undefined macro &apos;%1&apos; used in filter.</source>
        <translation>未定義のマクロ &apos;%1&apos; がフィルターで使われています。</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="129"/>
        <source>macro &apos;%1&apos; refers to itself (through %2)</source>
        <translation>マクロ &apos;%1&apos; が自分自身を参照しています (経路: %2)</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="138"/>
        <source>macro &apos;%1&apos; does not compile: %2</source>
        <translation>マクロ &apos;%1&apos; をコンパイルできません: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="166"/>
        <source>the evaluator cannot extract field %1</source>
        <translation>評価エンジンはフィールド %1 を抽出できません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="174"/>
        <source>expected a field here</source>
        <translation>ここにはフィールドが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="176"/>
        <source>the evaluator does not support the transformer %1()</source>
        <translation>評価エンジンは変換関数 %1() に対応していません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="208"/>
        <source>the comparison has no value</source>
        <translation>比較に値がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="212"/>
        <source>the evaluator does not support %1() as a value</source>
        <translation>評価エンジンは値としての %1() に対応していません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="241"/>
        <source>&apos;%1&apos; is not an even number of hex digits</source>
        <translation>&apos;%1&apos; は偶数桁の 16 進数ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="250"/>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>正規表現 &apos;%1&apos; が無効です: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/ConditionCompiler.cpp" line="270"/>
        <source>&apos;%1&apos; is not a number, but %2 is numeric</source>
        <translation>&apos;%1&apos; は数値ではありませんが、%2 は数値型です</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::ConditionLexer</name>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="244"/>
        <source>invalid escape \&quot; in a single-quoted string</source>
        <translation>単一引用符の文字列に無効なエスケープ \&quot; があります</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="245"/>
        <source>invalid escape \&apos; in a double-quoted string</source>
        <translation>二重引用符の文字列に無効なエスケープ \&apos; があります</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="252"/>
        <source>unsupported escape sequence &apos;\%1&apos;; expected one of \b \f \n \r \t \\ \/ \&quot; \&apos;</source>
        <translation>未対応のエスケープシーケンス &apos;\%1&apos; です。\b \f \n \r \t \\ \/ \&quot; \&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionLexer.cpp" line="259"/>
        <source>unterminated string: expected a closing %1</source>
        <translation>文字列が閉じていません。閉じる %1 が必要です</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::EventFileReader</name>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="35"/>
        <source>%1: error: cannot read the file: %2</source>
        <translation>%1: エラー: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="76"/>
        <source>expected a JSON object (a CloudTrail record or a LogEntry)</source>
        <translation>JSON オブジェクト (CloudTrail レコードまたは LogEntry) が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="87"/>
        <source>the file holds no events</source>
        <translation>ファイルにイベントがありません</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="102"/>
        <source>record %1 of Records: </source>
        <translation>Records の %1 番目のレコード: </translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="117"/>
        <source>note: %1</source>
        <translation>備考: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="126"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="141"/>
        <source>no eventType, so Falco&apos;s cloudtrail plugin skips it</source>
        <translation>eventType がないため、Falco の cloudtrail プラグインはこれを読み飛ばします</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="143"/>
        <source>an Insights event, which Falco&apos;s cloudtrail plugin skips</source>
        <translation>Insights イベントのため、Falco の cloudtrail プラグインはこれを読み飛ばします</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="145"/>
        <source>no valid eventTime, so Falco&apos;s cloudtrail plugin skips it</source>
        <translation>有効な eventTime がないため、Falco の cloudtrail プラグインはこれを読み飛ばします</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/EventFileReader.cpp" line="155"/>
        <source>neither a CloudTrail record (no eventName or eventSource) nor a GCP audit LogEntry (no protoPayload)</source>
        <translation>CloudTrail レコード (eventName も eventSource もない) でも GCP 監査の LogEntry (protoPayload がない) でもありません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::FieldFixTable</name>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="39"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="50"/>
        <source>a fix table is a mapping with &quot;schema&quot;, &quot;fields&quot; and &quot;priorities&quot;</source>
        <translation>修正案テーブルは &quot;schema&quot;、&quot;fields&quot;、&quot;priorities&quot; を持つマッピングです</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="54"/>
        <source>the fix table</source>
        <translation>修正案テーブル</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="57"/>
        <source>the fix table has no &quot;schema&quot; (expected 1)</source>
        <translation>修正案テーブルに &quot;schema&quot; がありません (1 が必要です)</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="64"/>
        <source>a field fix</source>
        <translation>フィールドの修正案</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="70"/>
        <source>a priority fix</source>
        <translation>優先度の修正案</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="83"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; はリストにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="104"/>
        <source>%1 needs a non-empty &quot;%2&quot;</source>
        <translation>%1 には空でない &quot;%2&quot; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/FieldFixTable.cpp" line="132"/>
        <source>cannot read the fix table: %1</source>
        <translation>修正案テーブルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::OutputTemplate</name>
    <message>
        <location filename="../core/rules/evaluation/OutputTemplate.cpp" line="46"/>
        <source>invalid formatting token %1: the evaluator cannot extract it</source>
        <translation>無効な書式トークン %1 です。評価エンジンはこれを抽出できません</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::Parser</name>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="67"/>
        <source>condition is empty; expected a field check, a macro name or &apos;(&apos;</source>
        <translation>条件が空です。フィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="72"/>
        <source>unexpected &apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>対応する &apos;(&apos; のない &apos;)&apos; があります</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="73"/>
        <source>unexpected text; expected &apos;and&apos;, &apos;or&apos; or the end of the condition</source>
        <translation>予期しないテキストです。&apos;and&apos;、&apos;or&apos;、または条件の終わりが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="127"/>
        <source>expected a condition after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="146"/>
        <source>expected a condition after &apos;not&apos;</source>
        <translation>&apos;not&apos; の後に条件が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="154"/>
        <source>expected a condition after &apos;not&apos;, found the end of the condition</source>
        <translation>&apos;not&apos; の後に条件が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="171"/>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at offset %1, found the end of the condition</source>
        <translation>オフセット %1 の &apos;(&apos; を閉じる &apos;)&apos; が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="174"/>
        <source>expected &apos;and&apos;, &apos;or&apos; or &apos;)&apos; to close the &apos;(&apos; at offset %1</source>
        <translation>&apos;and&apos;、&apos;or&apos;、またはオフセット %1 の &apos;(&apos; を閉じる &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="179"/>
        <source>expected a field check, a macro name or &apos;(&apos;, found the end of the condition</source>
        <translation>フィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="188"/>
        <source>unknown transformer &apos;%1&apos;; expected one of %2</source>
        <translation>不明な変換関数 &apos;%1&apos; です。%2 のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="192"/>
        <source>expected a field check, a macro name or &apos;(&apos; before &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の前にフィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="202"/>
        <source>expected a field check, a macro name or &apos;(&apos; before &apos;)&apos;</source>
        <translation>&apos;)&apos; の前にフィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="203"/>
        <source>expected a field check, a macro name or &apos;(&apos;</source>
        <translation>フィールドの比較、マクロ名、&apos;(&apos; のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="234"/>
        <source>expected a field argument (a quoted or bare string) after &apos;[&apos; of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の &apos;[&apos; の後にフィールド引数 (引用符つきまたはなしの文字列) が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="241"/>
        <source>expected &apos;]&apos; to close the argument opened at offset %1</source>
        <translation>オフセット %1 で始まる引数を閉じる &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="261"/>
        <source>expected a field or a nested transformer inside &apos;%1(&apos;</source>
        <translation>&apos;%1(&apos; の中にフィールドか入れ子の変換関数が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="267"/>
        <source>expected &apos;)&apos; to close &apos;%1(&apos; at offset %2</source>
        <translation>オフセット %2 の &apos;%1(&apos; を閉じる &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="280"/>
        <source>expected a field inside &apos;val(&apos;</source>
        <translation>&apos;val(&apos; の中にフィールドが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="284"/>
        <source>expected &apos;)&apos; to close &apos;val(&apos; at offset %1</source>
        <translation>オフセット %1 の &apos;val(&apos; を閉じる &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="341"/>
        <source>expected an operator after &apos;%1&apos;, found the end of the condition; operators: %2</source>
        <translation>&apos;%1&apos; の後に演算子が必要ですが、条件が終わっています。演算子: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="345"/>
        <source>expected an operator after &apos;%1&apos;: one of %2</source>
        <translation>&apos;%1&apos; の後に演算子が必要です: %2 のいずれか</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="364"/>
        <source>expected %1 after &apos;%2&apos;, found the end of the condition</source>
        <translation>&apos;%2&apos; の後に %1 が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="366"/>
        <source>expected %1 after &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の後に %1 が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="380"/>
        <source>a number (decimal, with optional exponent, or 0x hex) or val(field)</source>
        <translation>数値 (10 進数で指数は任意、または 0x の 16 進数) か val(field)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="423"/>
        <source>a string value (quoted or bare) or val(field)</source>
        <translation>文字列の値 (引用符つきまたはなし) か val(field)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="440"/>
        <source>expected a list item, found the end of the condition (the list opened at offset %1 is not closed)</source>
        <translation>リストの項目が必要ですが、条件が終わっています (オフセット %1 で始まるリストが閉じていません)</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="444"/>
        <source>expected a list item (a quoted or bare string or a list name)</source>
        <translation>リストの項目 (引用符つきまたはなしの文字列、またはリスト名) が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="454"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1, found the end of the condition</source>
        <translation>オフセット %1 で始まるリストに &apos;,&apos; か &apos;)&apos; が必要ですが、条件が終わっています</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="458"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list opened at offset %1</source>
        <translation>オフセット %1 で始まるリストに &apos;,&apos; か &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="472"/>
        <source>a parenthesised list, a list name or val(field)</source>
        <translation>括弧で囲んだリスト、リスト名、または val(field)</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::Parser::DepthGuard</name>
    <message>
        <location filename="../core/rules/ConditionParser.cpp" line="87"/>
        <source>condition nests too deeply: more than %1 levels of parentheses, &apos;not&apos; or transformers</source>
        <translation>条件の入れ子が深すぎます。括弧、&apos;not&apos;、変換関数が %1 段を超えています</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::RuleEvaluator</name>
    <message>
        <location filename="../core/rules/evaluation/RuleEvaluator.cpp" line="88"/>
        <source>%1 (in macro %2)</source>
        <translation>%1 (マクロ %2 内)</translation>
    </message>
    <message>
        <location filename="../core/rules/evaluation/RuleEvaluator.cpp" line="113"/>
        <source>the evaluator reads aws_cloudtrail and gcp_auditlog events, not %1</source>
        <translation>評価エンジンが扱えるのは aws_cloudtrail と gcp_auditlog のイベントだけです (%1 は扱えません)</translation>
    </message>
</context>
<context>
    <name>tfdrift::rules::RulesLoader</name>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="274"/>
        <source>Could not read the file: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="306"/>
        <source>Rules content is not yaml array of objects</source>
        <translation>ルールの内容がオブジェクトの YAML 配列ではありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="327"/>
        <source>Unexpected element type. Each element should be a yaml associative array.</source>
        <translation>予期しない要素の型です。各要素は YAML の連想配列にしてください。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="343"/>
        <source>Unknown top level item</source>
        <translation>不明なトップレベル項目</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="353"/>
        <source>Unable to parse engine version &apos;%1&apos; as a semver string. Expected &quot;x.y.z&quot; semver format.</source>
        <translation>エンジンバージョン &apos;%1&apos; を semver として解析できません。&quot;x.y.z&quot; 形式が必要です。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="368"/>
        <source>Value of required_plugin_versions must be a sequence</source>
        <translation>required_plugin_versions の値はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="373"/>
        <source>Each plugin requirement must be a map with &apos;name&apos; and &apos;version&apos;</source>
        <translation>各プラグイン要件は &apos;name&apos; と &apos;version&apos; を持つマップにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="378"/>
        <location filename="../core/rules/RulesLoader.cpp" line="914"/>
        <source>Item has no mapping for key &apos;%1&apos;</source>
        <translation>項目にキー &apos;%1&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="449"/>
        <source>Macro name is empty</source>
        <translation>マクロ名が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="394"/>
        <source>Unknown key &apos;%1&apos;. The key will be ignored.</source>
        <translation>不明なキー &apos;%1&apos; です。このキーは無視されます。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="459"/>
        <source>Macro has an invalid name &apos;%1&apos;. Macro names should match a regular expression: %2</source>
        <translation>マクロ名 &apos;%1&apos; が無効です。マクロ名は正規表現 %2 に一致する必要があります</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="466"/>
        <source>Item has no mapping for key &apos;condition&apos;</source>
        <translation>項目にキー &apos;condition&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="412"/>
        <location filename="../core/rules/RulesLoader.cpp" line="722"/>
        <source>Can&apos;t decode YAML boolean</source>
        <translation>YAML の真偽値を解釈できません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="471"/>
        <source>A macro override must map &apos;condition&apos; to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>マクロの override では &apos;condition&apos; を &apos;append&apos; か &apos;replace&apos; に対応させてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="422"/>
        <source>Invalid override value &apos;%1&apos;: expected &apos;append&apos; or &apos;replace&apos;</source>
        <translation>無効な override の値 &apos;%1&apos; です。&apos;append&apos; か &apos;replace&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="472"/>
        <source>An override for macro &apos;%1&apos; was specified but no macro by that name already exists</source>
        <translation>マクロ &apos;%1&apos; の override が指定されましたが、その名前のマクロはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="473"/>
        <source>Macro has &apos;append&apos; key but no macro by that name already exists</source>
        <translation>マクロに &apos;append&apos; キーがありますが、その名前のマクロはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="507"/>
        <source>List name is empty</source>
        <translation>リスト名が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="517"/>
        <source>List has an invalid name &apos;%1&apos;. List names should match a regular expression: %2</source>
        <translation>リスト名 &apos;%1&apos; が無効です。リスト名は正規表現 %2 に一致する必要があります</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="523"/>
        <source>Item has no mapping for key &apos;items&apos;</source>
        <translation>項目にキー &apos;items&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="531"/>
        <source>Value of &apos;items&apos; must be a sequence</source>
        <translation>&apos;items&apos; の値はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="537"/>
        <source>List items must be strings or numbers</source>
        <translation>リストの項目は文字列か数値にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="545"/>
        <source>A list override must map &apos;items&apos; to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>リストの override では &apos;items&apos; を &apos;append&apos; か &apos;replace&apos; に対応させてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="546"/>
        <source>An override for list &apos;%1&apos; was specified but no list by that name already exists</source>
        <translation>リスト &apos;%1&apos; の override が指定されましたが、その名前のリストはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="547"/>
        <source>List has &apos;append&apos; key but no list by that name already exists</source>
        <translation>リストに &apos;append&apos; キーがありますが、その名前のリストはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="553"/>
        <source>Overriding/appending list with no values</source>
        <translation>値のないリストの上書き/追加</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="584"/>
        <source>Rule exceptions must be a sequence</source>
        <translation>ルールの exceptions はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="591"/>
        <source>Rule exception must be a mapping</source>
        <translation>ルールの例外はマッピングにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="596"/>
        <source>Item has no mapping for key &apos;name&apos;</source>
        <translation>項目にキー &apos;name&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="603"/>
        <source>Multiple definitions of exception &apos;%1&apos; in the same rule</source>
        <translation>同じルールに例外 &apos;%1&apos; が複数定義されています</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="621"/>
        <source>Rule exception fields must be strings</source>
        <translation>ルールの例外の fields は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="634"/>
        <location filename="../core/rules/RulesLoader.cpp" line="1193"/>
        <source>filter_check called with nonexistent field %1 (source %2).</source>
        <translation>存在しないフィールド %1 (ソース %2) で filter_check が呼ばれました。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="646"/>
        <source>Fields and comps lists must have equal length</source>
        <translation>fields と comps のリストは同じ長さにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="653"/>
        <source>Invalid comparison operator &apos;%1&apos;</source>
        <translation>無効な比較演算子 &apos;%1&apos; です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="661"/>
        <source>Rule exception values must be a sequence</source>
        <translation>ルールの例外の values はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="667"/>
        <source>Expected values entry to be a string or a sequence</source>
        <translation>values の要素は文字列かシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="671"/>
        <source>Expected values array to contain a list of strings</source>
        <translation>values の配列には文字列のリストが必要です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="673"/>
        <source>Fields and values lists must have equal length</source>
        <translation>fields と values のリストは同じ長さにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="689"/>
        <source>Rule name is empty</source>
        <translation>ルール名が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="704"/>
        <source>Mapping for key &apos;%1&apos; is empty</source>
        <translation>キー &apos;%1&apos; の対応が空です</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="710"/>
        <source>Value of &apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; の値は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="733"/>
        <source>Value of &apos;tags&apos; must be a sequence</source>
        <translation>&apos;tags&apos; の値はシーケンスにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="739"/>
        <source>Each tag must be a string</source>
        <translation>各タグは文字列にしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="756"/>
        <source>Invalid priority &apos;%1&apos; (Falco accepts Emergency, Alert, Critical, Error, Warning, Notice, Informational or Debug, in any case)</source>
        <translation>無効な優先度 &apos;%1&apos; です (Falco が受け付けるのは大文字小文字を問わず Emergency、Alert、Critical、Error、Warning、Notice、Informational、Debug です)</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="781"/>
        <source>Rule has been re-defined with a different source (&apos;%1&apos; before, &apos;%2&apos; now)</source>
        <translation>ルールが別のソースで再定義されています (以前は &apos;%1&apos;、今回は &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="792"/>
        <source>Keys &apos;override&apos; and &apos;append: true&apos; cannot be used together</source>
        <translation>キー &apos;override&apos; と &apos;append: true&apos; は同時に使えません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="797"/>
        <source>Value of &apos;override&apos; must be a map of keys to &apos;append&apos; or &apos;replace&apos;</source>
        <translation>&apos;override&apos; の値はキーから &apos;append&apos; か &apos;replace&apos; へのマップにしてください</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="809"/>
        <source>Key &apos;%1&apos; cannot be overridden with &apos;%2&apos;</source>
        <translation>キー &apos;%1&apos; は &apos;%2&apos; で上書きできません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="815"/>
        <source>An override for &apos;%1&apos; was specified but &apos;%1&apos; is not defined</source>
        <translation>&apos;%1&apos; の override が指定されましたが、&apos;%1&apos; が定義されていません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="827"/>
        <source>Unexpected key &apos;%1&apos;: no corresponding entry under &apos;override&apos; is defined.</source>
        <translation>予期しないキー &apos;%1&apos; です。&apos;override&apos; の下に対応する項目が定義されていません。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="833"/>
        <source>An override for rule &apos;%1&apos; was specified but no rule by that name already exists</source>
        <translation>ルール &apos;%1&apos; の override が指定されましたが、その名前のルールはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="874"/>
        <source>Rule has &apos;append&apos; key but no rule by that name already exists</source>
        <translation>ルールに &apos;append&apos; キーがありますが、その名前のルールはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="895"/>
        <source>Item has no mapping for key &apos;enabled&apos;</source>
        <translation>項目にキー &apos;enabled&apos; の対応がありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="900"/>
        <source>Rule has &apos;enabled&apos; key but no rule by that name already exists</source>
        <translation>ルールに &apos;enabled&apos; キーがありますが、その名前のルールはまだありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="989"/>
        <source>Macro not referred to by any other rule/macro</source>
        <translation>どのルール/マクロからも参照されていないマクロです</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="996"/>
        <source>List not referred to by any other rule/macro</source>
        <translation>どのルール/マクロからも参照されていないリストです</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1006"/>
        <source>Undefined macro &apos;%1&apos; used in filter.</source>
        <translation>未定義のマクロ &apos;%1&apos; がフィルターで使われています。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1019"/>
        <source>Unknown source %1, skipping: no field catalog describes it</source>
        <translation>不明なソース %1 のため検査を省きます。これを記述するフィールドカタログがありません</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1085"/>
        <source>filter_check called with nonexistent field %1: the rule has no &apos;source&apos; key, so Falco reads it as a syscall rule, but its fields belong to source %2.</source>
        <translation>存在しないフィールド %1 で filter_check が呼ばれました。ルールに &apos;source&apos; キーがないため Falco は syscall のルールとして読み込みますが、そのフィールドはソース %2 のものです。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1089"/>
        <source>Without &apos;source&apos;, Falco compiles a rule against the syscall fields.</source>
        <translation>&apos;source&apos; がないと、Falco はルールを syscall のフィールドでコンパイルします。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1095"/>
        <location filename="../core/rules/RulesLoader.cpp" line="1197"/>
        <source>Rule &apos;%1&apos; is skipped (skip-if-unknown-filter): %2</source>
        <translation>ルール &apos;%1&apos; は省かれます (skip-if-unknown-filter): %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1111"/>
        <source>Comparing a field with &lt;NA&gt; is unsafe: the field may not return &lt;NA&gt; when it has no value. Use &apos;exists&apos; to test whether it has one.</source>
        <translation>フィールドと &lt;NA&gt; の比較は安全ではありません。値がないときにフィールドが &lt;NA&gt; を返すとは限りません。値があるかどうかは &apos;exists&apos; で調べてください。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1122"/>
        <source>Field &apos;%1&apos; is deprecated and used in the output: %2</source>
        <translation>非推奨のフィールド &apos;%1&apos; が出力で使われています: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1182"/>
        <source>&apos;%1&apos; is the closest priority Falco has.</source>
        <translation>Falco の優先度で最も近いのは &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1207"/>
        <source>Field &apos;%1&apos; is deprecated: %2</source>
        <translation>フィールド &apos;%1&apos; は非推奨です: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RulesLoader.cpp" line="1242"/>
        <source>invalid formatting token %%1: no field &apos;%1&apos; in source %2.</source>
        <translation>無効な書式トークン %%1 です。ソース %2 にフィールド &apos;%1&apos; はありません。</translation>
    </message>
</context>
</TS>
