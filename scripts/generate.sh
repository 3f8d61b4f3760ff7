#!/usr/bin/env bash
# README command 1: set-up, build, then the main job — the documents that would really be sent, into output/:
#   output/circular/                       the 2018 circular, one document (its addressees are collective: 各都道府県・指定都市…)
#   output/forwarding-notice/<都道府県>/    each prefecture's forwarding notice to its own municipalities, sent by that
#                                          prefecture (sender.body ~), with the circular appended as 別添 (docx, pdf with
#                                          the 別添, print.pdf, labels, manifests); notice: scripts/data/forwarding-notice.yaml
#   output/council/<template>/             the council papers (諮問書, 付議資料) for a sample body, 札幌市
# The 1,788-recipient speed run is scripts/bench-batch.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build src/Generator.Cli -c Release -nologo -v quiet
gen=(dotnet src/Generator.Cli/bin/Release/net10.0/generator.dll)

"${gen[@]}" templates
"${gen[@]}" render circular --data templates/circular/notice.yaml --format txt,docx,pdf --out output/circular
for prefecture in 北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 \
  新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 \
  鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県; do
  "${gen[@]}" batch forwarding-notice --data scripts/data/forwarding-notice.yaml --recipients "builtin:prefecture=$prefecture" \
    --format docx,pdf --out "output/forwarding-notice/$prefecture" > /dev/null
done
for template in council-referral council-agenda; do
  "${gen[@]}" render "$template" --recipient 011002 --format txt,docx,pdf --out "output/council/$template"
done
echo "generate: documents are in output/"
