/*
 * gen_pages.c: writes realistic web pages for bench/search-bench, built from templates:
 * navigation, a byline with a date in the page's language and form, paragraphs of prose
 * with numbers that are no dates (prices, percentages, scores, durations, model numbers,
 * versions) and a few dates (month names, numeric, year-less, ranges), a comment thread
 * with relative times, a footer. Ten languages. Pages are separated by a form feed (\f).
 *
 *     gen_pages MEGABYTES [SEED]    (deterministic for a seed)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 88172645463325252ull;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (unsigned)(rng % n);
}

typedef struct {
    const char *nav, *footer;
    const char *months[12];
    const char *byline;   /* %s author, then a date written by fmt_date */
    const char *ago[3];   /* comment times: a printf format with %d */
    const char *words[24];/* prose */
    const char *num_forms[6]; /* numbers that are no dates: %d */
    int order;            /* 0 = D M Y, 1 = M D, Y, 2 = Y年M月D日 */
    const char *sep;      /* numeric date separator */
} lang;

static const lang langs[] = {
    {"Home | News | World | Business | Tech | Sport | Weather | Sign in",
     "© Daily Courier Ltd. All rights reserved. Privacy · Cookies · Contact · Tel 0161 496 0732",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"},
     "By %s | Published", {"%d hours ago", "%d days ago", "%d minutes ago"},
     {"the", "council", "said", "that", "traffic", "bridge", "prices", "rose", "after", "new",
      "plans", "were", "approved", "by", "residents", "who", "have", "waited", "for", "years",
      "and", "the", "works", "continue"},
     {"$%d.99", "%d%%", "%d minutes", "score %d-1", "Series %d", "version %d.2.1"}, 1, "/"},
    {"Accueil > Actualités > Région > Sport > Météo > Abonnez-vous",
     "Mentions légales · Contact · Plan du site · © Ouest Média",
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"},
     "Par %s, publié le", {"il y a %d heures", "il y a %d jours", "il y a %d minutes"},
     {"le", "conseil", "a", "annoncé", "que", "les", "travaux", "du", "pont", "seront", "finis",
      "avant", "la", "fin", "des", "vacances", "selon", "la", "mairie", "et", "les", "habitants",
      "sont", "contents"},
     {"%d €", "%d %%", "%d minutes", "score %d-0", "version %d.1.3", "%d habitants"}, 0, "/"},
    {"Startseite › Nachrichten › Wirtschaft › Sport › Abo ab 9,99 €",
     "Impressum · Datenschutz · AGB · © Nordkurier Medien GmbH",
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"},
     "Von %s | Aktualisiert am", {"vor %d Stunden", "vor %d Tagen", "vor %d Minuten"},
     {"die", "Stadt", "hat", "den", "neuen", "Fahrplan", "vorgestellt", "und", "die", "Preise",
      "steigen", "weiter", "sagte", "ein", "Sprecher", "am", "Rande", "der", "Sitzung", "im",
      "Rathaus", "mit", "vielen", "Gästen"},
     {"%d,99 €", "%d %%", "%d Minuten", "Endstand %d:1", "Modell %d Pro", "Firmware %d.11.2"},
     0, "."},
    {"Portada / Deportes / Fútbol / Economía / Suscríbete por 1 €",
     "Aviso legal · Política de cookies · © Diario del Sur S.L.",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"},
     "Por %s · Actualizado:", {"hace %d horas", "hace %d días", "hace %d minutos"},
     {"el", "equipo", "ganó", "el", "partido", "y", "la", "afición", "celebró", "en", "las",
      "calles", "de", "la", "ciudad", "hasta", "muy", "tarde", "con", "cánticos", "y", "fuegos",
      "artificiales", "ayer"},
     {"%d €", "%d %%", "%d minutos", "resultado %d-1", "versión %d.4.1", "%d puntos"}, 0, "/"},
    {"Início | Economia | Política | Esportes | Assine por R$ 1,90",
     "Todos os direitos reservados · CNPJ 12.345.678/0001-90",
     {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
      "outubro", "novembro", "dezembro"},
     "Por %s —", {"há %d horas", "há %d dias", "há %d minutos"},
     {"o", "índice", "de", "preços", "subiu", "no", "mês", "segundo", "o", "instituto", "e",
      "os", "analistas", "esperam", "nova", "alta", "dos", "juros", "na", "próxima", "reunião",
      "do", "banco", "central"},
     {"R$ %d,90", "%d%%", "%d minutos", "placar %d x 1", "versão %d.2.3", "%d avaliações"}, 0,
     "/"},
    {"Главная / Новости / Общество / Спорт / Подписка за 199 ₽",
     "© Городские вести. Все права защищены · 18+",
     {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
      "октября", "ноября", "декабря"},
     "Автор: %s ·", {"%d часов назад", "%d дней назад", "%d минут назад"},
     {"в", "городе", "открыли", "новую", "станцию", "метро", "и", "жители", "довольны", "что",
      "поездка", "до", "центра", "займёт", "меньше", "времени", "чем", "раньше", "по", "словам",
      "мэра", "на", "пресс", "конференции"},
     {"%d ₽", "%d%%", "%d минут", "счёт %d:1", "версия %d.11.2", "%d отзывов"}, 0, "."},
    {"ホーム > 社会 > 経済 > スポーツ > 会員登録（月額 980 円）",
     "© 北日本新聞社 無断転載禁止",
     {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
     "%s 記者", {"%d時間前", "%d日前", "%d分前"},
     {"国土交通省", "は", "着工", "を", "延期", "する", "と", "発表", "した", "事業費", "は",
      "当初", "から", "増える", "見込み", "説明会", "が", "開かれる", "予定", "で", "住民", "の",
      "関心", "も"},
     {"%d円", "%d%%", "%d分", "%d点", "バージョン %d.4.1", "%d件"}, 2, "/"},
    {"首页 > 财经 > 房地产 > 体育 > 订阅：每月 12 元",
     "© 东方财经网 版权所有 沪ICP备12345678号",
     {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
     "记者 %s |", {"%d小时前", "%d天前", "%d分钟前"},
     {"据", "统计", "新建", "商品", "住宅", "成交", "同比", "增长", "政策", "实施", "首付",
      "比例", "降至", "土地", "拍卖", "将", "举行", "网友", "评论", "房价", "还是", "太高",
      "看房", "市场"},
     {"%d 元", "%d%%", "%d 分钟", "比分 %d:1", "版本 %d.0.2", "%d 条评价"}, 2, "/"},
    {"Strona główna › Kraj › Sport › Prenumerata od 4,99 zł",
     "© Gazeta Małopolska sp. z o.o. · Regulamin · Polityka prywatności",
     {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
      "września", "października", "listopada", "grudnia"},
     "Autor: %s ·", {"%d godziny temu", "%d dni temu", "%d minut temu"},
     {"most", "otwarto", "dla", "ruchu", "a", "budowa", "kosztowała", "więcej", "niż", "zakładano",
      "mieszkańcy", "czekali", "na", "to", "od", "lat", "i", "są", "zadowoleni", "z", "nowej",
      "przeprawy", "przez", "rzekę"},
     {"%d zł", "%d%%", "%d minut", "wynik %d:1", "wersja %d.2.1", "%d opinii"}, 0, "."},
    {"Home › Cronaca › Milano › Sport › Abbonati a 0,99 €",
     "P.IVA 01234560157 · © Gazzetta Lombarda · Privacy",
     {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
      "settembre", "ottobre", "novembre", "dicembre"},
     "di %s —", {"%d ore fa", "%d giorni fa", "%d minuti fa"},
     {"i", "lavori", "sulla", "linea", "termineranno", "entro", "la", "primavera", "ha", "detto",
      "l'assessore", "e", "il", "cantiere", "è", "costato", "più", "del", "previsto", "secondo",
      "i", "dati", "del", "comune"},
     {"%d €", "%d%%", "%d minuti", "risultato %d-0", "versione %d.0.12", "%d voti"}, 0, "/"},
};
#define NLANGS (sizeof langs / sizeof langs[0])

static const char *names[] = {"Anna Berg", "J. Patel", "Lucía Martín", "Ірина С.", "王丽",
                              "Marco Rossi", "K. Nowak", "Sanne de Vries"};

static void date_words(const lang *l, int y, int m, int d, int with_year)
{
    switch (l->order) {
    case 0:
        if (with_year)
            printf("%d %s %d", d, l->months[m - 1], y);
        else
            printf("%d %s", d, l->months[m - 1]);
        break;
    case 1:
        if (with_year)
            printf("%s %d, %d", l->months[m - 1], d, y);
        else
            printf("%s %d", l->months[m - 1], d);
        break;
    default:
        if (with_year)
            printf("%d年%d月%d日", y, m, d);
        else
            printf("%d月%d日", m, d);
    }
}

static void prose(const lang *l, int words)
{
    for (int i = 0; i < words; i++) {
        int r = (int)rnd(40);
        if (r == 0) {
            putchar(' ');
            printf(l->num_forms[rnd(6)], 2 + (int)rnd(97));
        } else if (r == 1) {
            putchar(' ');
            date_words(l, 2015 + (int)rnd(12), 1 + (int)rnd(12), 1 + (int)rnd(28), rnd(3) > 0);
        } else if (r == 2) {
            printf(" %02d%s%02d%s%d", 1 + (int)rnd(28), l->sep, 1 + (int)rnd(12), l->sep,
                   2015 + (int)rnd(12));
        } else {
            if (l->order < 2)
                putchar(' ');
            fputs(l->words[rnd(24)], stdout);
        }
        if (rnd(14) == 0)
            fputs(l->order < 2 ? "." : "。", stdout);
        if (rnd(12) == 0)
            putchar('\n');
    }
    putchar('\n');
}

static void page(void)
{
    const lang *l = &langs[rnd(NLANGS)];
    printf("%s\n\n", l->nav);
    printf(l->byline, names[rnd(8)]);
    putchar(' ');
    date_words(l, 2026, 1 + (int)rnd(11), 1 + (int)rnd(28), 1);
    printf(", %02d:%02d\n\n", (int)rnd(24), (int)rnd(60));
    for (int p = 0, np = 3 + (int)rnd(4); p < np; p++) {
        prose(l, 60 + (int)rnd(80));
        putchar('\n');
    }
    for (int c = 0, nc = (int)rnd(5); c < nc; c++) {
        printf("  %s · ", names[rnd(8)]);
        printf(l->ago[rnd(3)], 1 + (int)rnd(23));
        putchar('\n');
        prose(l, 8 + (int)rnd(20));
    }
    printf("\n%s\n\f", l->footer);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: gen_pages MEGABYTES [SEED]\n");
        return 2;
    }
    long long target = atoll(argv[1]) << 20;
    if (argc > 2)
        rng ^= (uint64_t)strtoull(argv[2], NULL, 10) * 0x9E3779B97F4A7C15ull;
    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    long long before = 0;
    while (before < target) {
        page();
        before = ftell(stdout);
        if (before < 0) { /* a pipe: count pages instead, about 4 KB each */
            static long long pages;
            before = ++pages * 4096;
        }
    }
    return 0;
}
