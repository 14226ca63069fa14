package se.rus.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;

/**
 * A resource documents its {@code sort} fields as a plain string enum ({@code year}, {@code -year}, …);
 * the contract says what the service really reads: a comma-separated list of those values, in order (the first
 * decides; not {@code uniqueItems}, which generators turn into an unordered set).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SortParameters implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema values = parameter.getSchema();
        if (!Sorting.PARAMETER.equals(parameter.getName()) || parameter.getIn() != Parameter.In.QUERY
                || values == null || values.getEnumeration() == null) {
            return parameter;
        }
        return parameter.style(Parameter.Style.FORM).explode(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(values));
    }
}
