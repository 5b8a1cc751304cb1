package jp.itaku;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path DOCS = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(ItakuApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		// into docs/ rather than target/, so that the README can link the diagrams and a
		// change of a module's dependencies shows up in the diff
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations();
	}

	/**
	 * The Documenter lists a diagram's relations in no fixed order; sorted, the files
	 * change only when the modules do, and branches do not conflict over them.
	 */
	private static void sortRelations() throws IOException {
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(diagram);
				List<String> relations = new ArrayList<>(
						lines.stream().filter((line) -> line.startsWith("Rel(")).toList());
				relations.sort(null);
				List<String> sorted = new ArrayList<>();
				for (String line : lines) {
					if (!line.startsWith("Rel(")) {
						sorted.add(line);
					}
					else if (!relations.isEmpty()) {
						// all relations go where the first one was
						sorted.addAll(relations);
						relations.clear();
					}
				}
				Files.write(diagram, sorted);
			}
		}
	}

}
