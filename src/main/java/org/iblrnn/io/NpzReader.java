package org.iblrnn.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Reads a numpy .npz archive (ours or numpy's, stored or compressed) into arrays by name, in archive order. */
public final class NpzReader {

    private NpzReader() {
    }

    public static LinkedHashMap<String, NpyArray> read(Path file) throws IOException {
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        ZipFile zip;
        if (Files.exists(file)) {
            InputFiles.requireRegularFile(file, "archive");
        }
        try {
            zip = new ZipFile(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InvalidInputException(file + " does not exist (check the path)");
        } catch (ZipException e) {
            throw new InvalidInputException(file + " is not a valid .npz (zip) archive: " + e.getMessage()
                    + " (it may be truncated; rewrite it)");
        }
        try (zip) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().endsWith(".npy")
                        ? e.getName().substring(0, e.getName().length() - 4) : e.getName();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                } catch (ZipException ex) {
                    throw new InvalidInputException(file + ": entry " + e.getName() + " is corrupt: "
                            + ex.getMessage() + " (rewrite the archive)");
                }
                arrays.put(name, Npy.decode(bytes, file + ": entry " + e.getName()));
            }
        }
        return arrays;
    }
}
