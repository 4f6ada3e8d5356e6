# Generated from specs/tmf/TMF673-GeographicAddress-v4.0.1.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class Addressable(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="unique identifier")] = None
    href: Annotated[str | None, Field(description="Hyperlink reference")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[str | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class Error(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[
        str,
        Field(
            description="Application relevant detail, defined in the API or a common list."
        ),
    ]
    reason: Annotated[
        str,
        Field(
            description="Explanation of the reason for the error which can be shown to a client user."
        ),
    ]
    message: Annotated[
        str | None,
        Field(
            description="More details and corrective actions related to the error which can be shown to a client user."
        ),
    ] = None
    status: Annotated[str | None, Field(description="HTTP Error code extension")] = None
    reference_error: Annotated[
        AnyUrl | None,
        Field(
            alias="referenceError",
            description="URI of documentation describing the error.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class.",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name.",
        ),
    ] = None


class EventSubscription(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of the listener")]
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = (
        None
    )


class EventSubscriptionInput(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = (
        None
    )


class Extensible(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None


class FieldType(StrEnum):
    geo_json_point = "GeoJsonPoint"
    geo_json_multi_point = "GeoJsonMultiPoint"
    geo_json_line_string = "GeoJsonLineString"
    geo_json_multi_line_string = "GeoJsonMultiLineString"
    geo_json_polygon = "GeoJsonPolygon"


class GeographicAddress(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = (
        None
    )
    href: Annotated[str | None, Field(description="Unique reference of the place")] = (
        None
    )
    city: Annotated[str | None, Field(description="City that the address is in")] = None
    country: Annotated[
        str | None, Field(description="Country that the address is in")
    ] = None
    locality: Annotated[
        str | None,
        Field(
            description="An area of defined or undefined boundaries within a local authority or other legislatively defined area, usually rural or semi rural in nature. [ANZLIC-STREET], or a suburb, a bounded locality within a city, town or shire principally of urban character [ANZLICSTREET]"
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    postcode: Annotated[
        str | None,
        Field(
            description="descriptor for a postal delivery area, used to speed and simplify the delivery of mail (also know as zipcode)"
        ),
    ] = None
    state_or_province: Annotated[
        str | None,
        Field(
            alias="stateOrProvince",
            description="the State or Province that the address is in",
        ),
    ] = None
    street_name: Annotated[
        str | None,
        Field(
            alias="streetName", description="Name of the street or other street type"
        ),
    ] = None
    street_nr: Annotated[
        str | None,
        Field(
            alias="streetNr",
            description="Number identifying a specific property on a public street. It may be combined with streetNrLast for ranged addresses",
        ),
    ] = None
    street_nr_last: Annotated[
        str | None,
        Field(
            alias="streetNrLast",
            description="Last number in a range of street numbers allocated to a property",
        ),
    ] = None
    street_nr_last_suffix: Annotated[
        str | None,
        Field(
            alias="streetNrLastSuffix",
            description="Last street number suffix for a ranged address",
        ),
    ] = None
    street_nr_suffix: Annotated[
        str | None,
        Field(alias="streetNrSuffix", description="the first street number suffix"),
    ] = None
    street_suffix: Annotated[
        str | None,
        Field(
            alias="streetSuffix", description="A modifier denoting a relative direction"
        ),
    ] = None
    street_type: Annotated[
        str | None,
        Field(
            alias="streetType",
            description="alley, avenue, boulevard, brae, crescent, drive, highway, lane, terrace, parade, place, tarn, way, wharf ",
        ),
    ] = None
    geographic_location: Annotated[
        GeographicLocationRefOrValue | None, Field(alias="geographicLocation")
    ] = None
    geographic_sub_address: Annotated[
        list[GeographicSubAddress] | None, Field(alias="geographicSubAddress")
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class GeographicAddressValidation(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the Address Validation")
    ] = None
    href: Annotated[
        str | None,
        Field(description="An URI used to access to the address validation resource"),
    ] = None
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description="Indicator provided by the requester to specify if alternate addresses must be provided in case of partial or fail result.",
        ),
    ] = None
    validation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="validationDate",
            description="Date when the address validation is performed",
        ),
    ] = None
    validation_result: Annotated[
        str | None,
        Field(
            alias="validationResult",
            description="Result of the address validation (success, partial, fails)",
        ),
    ] = None
    alternate_geographic_address: Annotated[
        list[GeographicAddress] | None, Field(alias="alternateGeographicAddress")
    ] = None
    state: TaskStateType | None = None
    submitted_geographic_address: Annotated[
        GeographicAddress | None,
        Field(
            alias="submittedGeographicAddress",
            description="the address as submitted to validation",
        ),
    ] = None
    valid_geographic_address: Annotated[
        GeographicAddress | None,
        Field(
            alias="validGeographicAddress",
            description="the correct form of the validated address in case of validation success",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class GeographicAddressValidationCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    provide_alternative: Annotated[
        bool,
        Field(
            alias="provideAlternative",
            description="Indicator provided by the requester to specify if alternate addresses must be provided in case of partial or fail result.",
        ),
    ]
    submitted_geographic_address: Annotated[
        GeographicAddress,
        Field(
            alias="submittedGeographicAddress",
            description="the address as submitted to validation",
        ),
    ]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class GeographicAddressValidationStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event: Annotated[
        GeographicAddressValidationStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None
    event_id: Annotated[
        str | None,
        Field(alias="eventId", description="The identifier of the notification."),
    ] = None
    event_time: Annotated[
        AwareDatetime | None,
        Field(alias="eventTime", description="Time of the event occurrence."),
    ] = None
    event_type: Annotated[
        str | None,
        Field(alias="eventType", description="The type of the notification."),
    ] = None
    correlation_id: Annotated[
        str | None,
        Field(alias="correlationId", description="The correlation id for this event."),
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[
        str | None, Field(description="An explnatory of the event.")
    ] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None,
        Field(alias="timeOcurred", description="The time the event occured."),
    ] = None


class GeographicAddressValidationStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    geographic_address_validation: Annotated[
        GeographicAddressValidation | None,
        Field(
            alias="geographicAddressValidation",
            description="The involved resource data for the event",
        ),
    ] = None


class GeographicAddressValidationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description="Indicator provided by the requester to specify if alternate addresses must be provided in case of partial or fail result.",
        ),
    ] = None
    validation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="validationDate",
            description="Date when the address validation is performed",
        ),
    ] = None
    validation_result: Annotated[
        str | None,
        Field(
            alias="validationResult",
            description="Result of the address validation (success, partial, fails)",
        ),
    ] = None
    alternate_geographic_address: Annotated[
        list[GeographicAddress] | None, Field(alias="alternateGeographicAddress")
    ] = None
    state: TaskStateType | None = None
    submitted_geographic_address: Annotated[
        GeographicAddress | None,
        Field(
            alias="submittedGeographicAddress",
            description="the address as submitted to validation",
        ),
    ] = None
    valid_geographic_address: Annotated[
        GeographicAddress | None,
        Field(
            alias="validGeographicAddress",
            description="the correct form of the validated address in case of validation success",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class GeographicLocation(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the geographic location")
    ] = None
    href: Annotated[
        str | None,
        Field(description="An URI used to access to the geographic location resource"),
    ] = None
    field_type: Annotated[
        FieldType,
        Field(
            alias="@type",
            description="The name of the GeoJSON structure used in the geometry attribute",
        ),
    ]
    bbox: Annotated[
        list[float] | None,
        Field(
            description="A bounding box array that contains the geometry. The axes order follows the axes order of the geometry"
        ),
    ] = None


class GeoJsonLineString(GeographicLocation):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    geo_json: Annotated[LineStringModel | None, Field(alias="geoJson")] = None


class GeoJsonMultiLineString(GeographicLocation):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    geo_json: Annotated[MultiLineString | None, Field(alias="geoJson")] = None


class GeoJsonMultiPoint(GeographicLocation):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    geo_json: Annotated[MultiPoint | None, Field(alias="geoJson")] = None


class GeoJsonPoint(GeographicLocation):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    geo_json: Annotated[Point | None, Field(alias="geoJson")] = None


class GeoJsonPolygon(GeographicLocation):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    geo_json: Annotated[PolygonModel | None, Field(alias="geoJson")] = None


class GeographicLocationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="unique identifier")]
    href: Annotated[str | None, Field(description="Hyperlink reference")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class Extensible name",
            examples=["LogicalResourceSpecification"],
        ),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class GeographicLocationRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = (
        None
    )
    href: Annotated[str | None, Field(description="Unique reference of the place")] = (
        None
    )
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
            examples=["ResourceSpecification"],
        ),
    ] = None
    bbox: Annotated[
        list[float] | None,
        Field(
            description="A bounding box array that contains the geometry. The axes order follows the axes order of the geometry"
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
            examples=[
                "https://mycsp.com:8080/tmf-api/schema/Resource/LogicalResourceSpecification.schema.json"
            ],
        ),
    ] = None
    field_type: Annotated[
        FieldType,
        Field(
            alias="@type",
            description="The name of the GeoJSON structure used in the geometry attribute",
        ),
    ]
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class GeographicSubAddress(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique Identifier of the subAddress")
    ] = None
    href: Annotated[str | None, Field(description="Link to the subAddress")] = None
    building_name: Annotated[
        str | None,
        Field(
            alias="buildingName",
            description="allows for buildings that have well-known names",
        ),
    ] = None
    level_number: Annotated[
        str | None,
        Field(
            alias="levelNumber",
            description="used where a level type may be repeated e.g. BASEMENT 1, BASEMENT 2",
        ),
    ] = None
    level_type: Annotated[
        str | None,
        Field(alias="levelType", description="describes level types within a building"),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="Name of the subAddress to identify it with a meaningful identification"
        ),
    ] = None
    private_street_name: Annotated[
        str | None,
        Field(
            alias="privateStreetName",
            description="private streets internal to a property (e.g. a university) may have internal names that are not recorded by the land title office.",
        ),
    ] = None
    private_street_number: Annotated[
        str | None,
        Field(
            alias="privateStreetNumber",
            description="private streets numbers internal to a private street",
        ),
    ] = None
    sub_address_type: Annotated[
        str | None,
        Field(
            alias="subAddressType",
            description="Type of subAddress : it can be a subunit or a private street",
        ),
    ] = None
    sub_unit_number: Annotated[
        str | None,
        Field(
            alias="subUnitNumber",
            description="the discriminator used for the subunit\noften just a simple number e.g. FLAT 5, may also be a range",
        ),
    ] = None
    sub_unit_type: Annotated[
        str | None,
        Field(
            alias="subUnitType",
            description="the type of subunit\ne.g.BERTH, FLAT, PIER, SUITE, SHOP, TOWER, UNIT, WHARF",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class LineStringModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    coordinates: LineString
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Model(RootModel[Any]):
    root: Any


class MultiLineString(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    coordinates: Annotated[list[LineString], Field(min_length=1)]
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class MultiPoint(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    coordinates: PositionArray
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Place(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = (
        None
    )
    href: Annotated[str | None, Field(description="Unique reference of the place")] = (
        None
    )
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Point(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    coordinates: Position
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class PolygonModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    coordinates: Polygon
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        AnyUrl | None,
        Field(
            alias="@schemaLocation",
            description="A URI to a JSON-Schema file that defines additional attributes and relationships",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(
            alias="@type",
            description="When sub-classing, this defines the sub-class entity name",
        ),
    ] = None


class Position(RootModel[list[float]]):
    root: Annotated[
        list[float],
        Field(description="GeoJSON: A single position", max_length=2, min_length=2),
    ]


class LineString(RootModel[list[Position]]):
    root: Annotated[
        list[Position],
        Field(description="GeoJSON: An array of two or more positions", min_length=2),
    ]


class LinearRing(RootModel[list[Position]]):
    root: Annotated[
        list[Position],
        Field(
            description="GeoJSON: An array of four positions where the first equals the last",
            min_length=4,
        ),
    ]


class Polygon(RootModel[list[LinearRing]]):
    root: Annotated[
        list[LinearRing], Field(description="GeoJSON: An array of linear rings")
    ]


class PositionArray(RootModel[list[Position]]):
    root: Annotated[list[Position], Field(description="GeoJSON: An array of positions")]


class TaskStateType(StrEnum):
    accepted = "accepted"
    terminated_with_error = "terminatedWithError"
    in_progress = "inProgress"
    done = "done"
