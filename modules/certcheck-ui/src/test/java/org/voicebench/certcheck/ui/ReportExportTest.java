package org.voicebench.certcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.ui.ReportExports.Format;

class ReportExportTest {

    @TempDir
    Path dir;

    private TrustCheckReport report() throws Exception {
        LabFiles files = LabFiles.write(dir);
        return CheckRunner.withDefaults().run(CheckInputs.parse(files.phoneItl().toString(), "",
                files.certificates().toString(), "", "", SigningRule.PRE_12), s -> { }).report();
    }

    @Test
    void eachFormatWritesItsFilesAndLeavesNoTemporaryFile() throws Exception {
        TrustCheckReport r = report();
        Path out = Files.createDirectories(dir.resolve("out"));

        assertEquals(List.of(out.resolve("r.html")), ReportExport.write(r, Format.HTML, out.resolve("r.html")));
        assertTrue(Files.readString(out.resolve("r.html")).contains("<h1>RECOVERABLE_VIA_TVS</h1>"));
        ReportExport.write(r, Format.JSON, out.resolve("r.json"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("r.json").toFile());
        assertEquals("RECOVERABLE_VIA_TVS", json.get("verdict").asText());
        assertEquals(r.findings().size(), json.get("findings").size());
        List<Path> csv = ReportExport.write(r, Format.CSV, out.resolve("r.csv"));
        assertEquals(List.of(out.resolve("r.csv"), out.resolve("r-certificates.csv")), csv);
        assertTrue(Files.readString(csv.get(0)).startsWith("severity,code,message,remedy,records,certificates\r\n"));
        assertEquals(r.certificates().size() + 1, Files.readAllLines(csv.get(1)).size());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("r-certificates.csv", "r.csv", "r.html", "r.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws Exception {
        TrustCheckReport r = report();
        Path target = Files.createDirectories(dir.resolve("taken.html"));
        Files.writeString(target.resolve("inside"), "x");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ReportExport.write(r, Format.HTML, target)).getMessage() != null);
        assertTrue(Files.isDirectory(target), "the folder in the way is untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theCertificateTableGoesNextToTheFindings() {
        assertEquals(Path.of("/a/report-certificates.csv"), ReportExport.certificatesFile(Path.of("/a/report.csv")));
        assertEquals(Path.of("/a/R-certificates.csv"), ReportExport.certificatesFile(Path.of("/a/R.CSV")));
        assertEquals(Path.of("/a/findings-certificates.csv"), ReportExport.certificatesFile(Path.of("/a/findings")));
    }
}
