package nl.connectedstore.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.persistence.Transactor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The whole chain's catalogue as a Lucene index in memory: built from the database in a few seconds on a
 * background thread, then asked for each keystroke. Words of the name, brand and category are folded to
 * lower-case ASCII ("Crème" is indexed as "creme"); every typed word must match a word of the product
 * exactly, as a prefix, or (from {@link #FUZZY_FROM} letters) with one letter wrong, in that order of
 * relevance. Category, brand and price are filters of the index; stock is not in it (it changes with every
 * sale): "in stock here" arrives as the set of product ids the store has on its shelves right now.
 *
 * <p>Products' names in other languages ({@code product_text}) are indexed per language: a search in Dutch matches
 * each typed word against the English and the Dutch name (the better of the two counts) and orders ties by the
 * Dutch name. A search in English, or without a language, is what it was before translations existed.
 */
public final class CatalogueIndex implements AutoCloseable {

    /** Words shorter than this are matched exactly or as a prefix only: "gin" would otherwise find "tin". */
    static final int FUZZY_FROM = 4;
    /** Result counts are exact up to here, then "more than". */
    public static final int COUNT_UP_TO = 1_000;

    private static final String ID = "id";
    private static final String WORDS = "words";
    private static final String CATEGORY_WORDS = "categoryWords";
    private static final String CATEGORY = "category";
    private static final String BRAND = "brand";
    private static final String NAME_ORDER = "nameOrder";
    /** Per language: the translated name's words, and the order of the names shown in that language. */
    private static final String WORDS_IN = "words_";
    private static final String NAME_ORDER_IN = "nameOrder_";

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, folded);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int products;
    private final Set<String> languages;

    private CatalogueIndex(ByteBuffersDirectory directory, Set<String> languages) throws IOException {
        this.directory = directory;
        this.languages = Set.copyOf(languages);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.products = reader.numDocs();
    }

    /**
     * One product as the index needs it; prices by currency code, VAT included; {@code names} its translated names
     * by language code ("nl"), without English (its own {@code name}).
     */
    public record Entry(long id, String name, String brand, String categoryCode, String categoryName,
                        String sortName, Map<String, BigDecimal> prices, Map<String, String> names) {

        /** A product with no translations. */
        public Entry(long id, String name, String brand, String categoryCode, String categoryName, String sortName,
                     Map<String, BigDecimal> prices) {
            this(id, name, brand, categoryCode, categoryName, sortName, prices, new HashMap<>(2));
        }
    }

    /** Reads every product of the chain and indexes it. Long work: call it off the FX thread. */
    public static CatalogueIndex build(Transactor tx, ProgressListener progress) {
        progress.progress(0, "catalog.index.reading");
        List<Entry> entries = tx.read(session -> session.doReturningWork(connection -> {
            int total;
            try (Statement count = connection.createStatement();
                 ResultSet rs = count.executeQuery("select count(*) from product")) {
                rs.next();
                total = rs.getInt(1);
            }
            List<Entry> list = new ArrayList<>(total);
            try (PreparedStatement ps = connection.prepareStatement("select p.id, p.name, p.brand, c.code, c.name,"
                    + " p.sort_name, pp.currency_code, pp.amount from product p join category c on c.id = p.category_id"
                    + " left join product_price pp on pp.product_id = p.id order by p.id")) {
                ps.setFetchSize(5_000);
                try (ResultSet rs = ps.executeQuery()) {
                    Entry current = null;
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (current == null || current.id() != id) {
                            current = new Entry(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), new HashMap<>(2));
                            list.add(current);
                            if (list.size() % 5_000 == 0) {
                                progress.progress(0.5 * list.size() / Math.max(1, total), "catalog.index.reading");
                            }
                        }
                        String currency = rs.getString(7);
                        if (currency != null) {
                            current.prices().put(currency, rs.getBigDecimal(8));
                        }
                    }
                }
            }
            // the translations, in a second streaming query: far fewer columns than joining them in above
            Map<Long, Entry> byId = new HashMap<>(list.size() * 2);
            for (Entry entry : list) {
                byId.put(entry.id(), entry);
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "select product_id, language, name from product_text")) {
                ps.setFetchSize(5_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Entry entry = byId.get(rs.getLong(1));
                        if (entry != null) {
                            entry.names().put(rs.getString(2), rs.getString(3));
                        }
                    }
                }
            }
            return list;
        }));
        return of(entries, (done, total) -> progress.progress(0.5 + 0.5 * done / Math.max(1, total),
                "catalog.index.building"));
    }

    /** Indexes these products. */
    public static CatalogueIndex of(Collection<Entry> entries) {
        return of(entries, (done, total) -> { });
    }

    private interface Counter {
        void done(int done, int total);
    }

    private static CatalogueIndex of(Collection<Entry> entries, Counter counter) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(ANALYZER).setRAMBufferSizeMB(64);
        Set<String> languages = new TreeSet<>();
        for (Entry entry : entries) {
            languages.addAll(entry.names().keySet());
        }
        languages.remove(ProductTexts.ENGLISH);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int done = 0;
            for (Entry entry : entries) {
                writer.addDocument(document(entry, languages));
                if (++done % 5_000 == 0) {
                    counter.done(done, entries.size());
                }
            }
            writer.forceMerge(1);
            writer.commit();
            return new CatalogueIndex(directory, languages);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the catalogue index", e);
        }
    }

    private static Document document(Entry entry, Set<String> languages) {
        Document doc = new Document();
        doc.add(new LongPoint(ID, entry.id()));
        doc.add(new NumericDocValuesField(ID, entry.id()));
        doc.add(new TextField(WORDS, entry.name() + " " + entry.brand(), Field.Store.NO));
        doc.add(new TextField(CATEGORY_WORDS, entry.categoryName(), Field.Store.NO));
        doc.add(new StringField(CATEGORY, entry.categoryCode(), Field.Store.NO));
        doc.add(new StringField(BRAND, entry.brand(), Field.Store.NO));
        doc.add(new SortedDocValuesField(NAME_ORDER, new BytesRef(entry.sortName())));
        for (String language : languages) {
            String translated = entry.names().get(language);
            if (translated != null) {
                doc.add(new TextField(WORDS_IN + language, translated, Field.Store.NO));
            }
            doc.add(new SortedDocValuesField(NAME_ORDER_IN + language, new BytesRef(translated == null
                    ? entry.sortName() : SearchText.normalise(translated))));
        }
        entry.prices().forEach((currency, amount) -> {
            long cents = cents(amount);
            doc.add(new LongPoint(priceField(currency), cents));
            doc.add(new NumericDocValuesField(priceField(currency), cents));
        });
        return doc;
    }

    /** Product ids in result order, and how many matched. */
    public record Hits(List<Long> ids, int total, boolean moreThan) {
    }

    /**
     * Products matching the query in the order it asks for.
     *
     * @param currency    the store's currency code: the one prices are filtered and sorted in
     * @param inStockHere the ids the store has on its shelves; only used when the query asks for stock here
     */
    public Hits search(ShopQuery query, String currency, Collection<Long> inStockHere) {
        return search(query, currency, inStockHere, null);
    }

    /**
     * As {@link #search(ShopQuery, String, Collection)}, for a customer reading {@code language} (a code, "nl"):
     * typed words match the product's English or its name in that language, ties in the order of the names in it.
     * English, null or a language without translations search as the English catalogue does.
     */
    public Hits search(ShopQuery query, String currency, Collection<Long> inStockHere, String language) {
        String translated = language != null && languages.contains(language) ? language : null;
        String nameOrder = translated == null ? NAME_ORDER : NAME_ORDER_IN + translated;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> words = words(query.text());
        if (words.isEmpty()) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String word : words) {
            all.add(translated == null ? wordQuery(word) : wordQuery(word, WORDS_IN + translated), Occur.MUST);
        }
        if (query.categoryCode() != null) {
            all.add(new TermQuery(new Term(CATEGORY, query.categoryCode())), Occur.FILTER);
        }
        if (query.brand() != null) {
            all.add(new TermQuery(new Term(BRAND, query.brand())), Occur.FILTER);
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            all.add(LongPoint.newRangeQuery(priceField(currency),
                    query.minPrice() == null ? Long.MIN_VALUE : cents(query.minPrice()),
                    query.maxPrice() == null ? Long.MAX_VALUE : cents(query.maxPrice())), Occur.FILTER);
        }
        if (query.inStockHere()) {
            all.add(LongPoint.newSetQuery(ID, inStockHere), Occur.FILTER);
        }
        Sort sort = switch (query.order()) {
            case RELEVANCE -> words.isEmpty() ? new Sort(new SortField(nameOrder, SortField.Type.STRING))
                    : new Sort(SortField.FIELD_SCORE, new SortField(nameOrder, SortField.Type.STRING));
            case PRICE_LOW_HIGH -> new Sort(priceSort(currency, false), new SortField(nameOrder, SortField.Type.STRING));
            case PRICE_HIGH_LOW -> new Sort(priceSort(currency, true), new SortField(nameOrder, SortField.Type.STRING));
        };
        try {
            TopFieldCollector collector = TopFieldCollector.create(sort, query.limit(), COUNT_UP_TO);
            searcher.search(all.build(), collector);
            TopDocs top = collector.topDocs();
            List<Long> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(idOf(hit.doc));
            }
            return new Hits(ids, (int) Math.min(Integer.MAX_VALUE, top.totalHits.value),
                    top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One typed word: exact word first, then words it begins, then (long enough) words one letter off. */
    private static Query wordQuery(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(WORDS, word))), 8), Occur.SHOULD);
        any.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(WORDS, word))), 4), Occur.SHOULD);
        any.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(CATEGORY_WORDS, word))), 1),
                Occur.SHOULD);
        if (word.length() >= FUZZY_FROM) {
            any.add(new BoostQuery(new ConstantScoreQuery(new FuzzyQuery(new Term(WORDS, word), 1, 0)), 2),
                    Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * One typed word in a language: as {@link #wordQuery(String)}, where each kind of match may be in the English
     * words or the translated name's; the better of the two counts, so a word both share (a brand, "Cola") does not
     * outrank one only the translation has.
     */
    private static Query wordQuery(String word, String translatedField) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(either(new TermQuery(new Term(WORDS, word)),
                new TermQuery(new Term(translatedField, word))), 8), Occur.SHOULD);
        any.add(new BoostQuery(either(new PrefixQuery(new Term(WORDS, word)),
                new PrefixQuery(new Term(translatedField, word))), 4), Occur.SHOULD);
        any.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(CATEGORY_WORDS, word))), 1),
                Occur.SHOULD);
        if (word.length() >= FUZZY_FROM) {
            any.add(new BoostQuery(either(new FuzzyQuery(new Term(WORDS, word), 1, 0),
                    new FuzzyQuery(new Term(translatedField, word), 1, 0)), 2), Occur.SHOULD);
        }
        return any.build();
    }

    /** Scores 1 when either matches (not 2 when both do). */
    private static Query either(Query english, Query translated) {
        return new DisjunctionMaxQuery(List.of(new ConstantScoreQuery(english),
                new ConstantScoreQuery(translated)), 0f);
    }

    private long idOf(int doc) throws IOException {
        var leaves = reader.leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
        ids.advanceExact(doc - leaf.docBase);
        return ids.longValue();
    }

    /** The typed text as the index's words: lower case, accents folded, split as names were. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static SortField priceSort(String currency, boolean highFirst) {
        SortField field = new SortField(priceField(currency), SortField.Type.LONG, highFirst);
        field.setMissingValue(highFirst ? Long.MIN_VALUE : Long.MAX_VALUE); // unpriced products last
        return field;
    }

    private static String priceField(String currency) {
        return "price_" + currency;
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public int products() {
        return products;
    }

    /** The languages the index has names in besides English ("da", "nl"). */
    public Set<String> languages() {
        return languages;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
