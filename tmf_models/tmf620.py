# Generated from specs/tmf/TMF620-ProductCatalog-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class AgreementRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the agreement")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AnyModel(RootModel[Any]):
    root: Any


class Attachment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier for this particular attachment"),
    ] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None,
        Field(
            alias="attachmentType", description="Attachment type such as video, picture"
        ),
    ] = None
    content: Annotated[
        str | None,
        Field(
            description="The actual contents of the attachment object, if embedded, encoded as base64"
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    mime_type: Annotated[
        str | None,
        Field(
            alias="mimeType",
            description="Attachment mime type such as extension file for video, picture and document",
        ),
    ] = None
    name: Annotated[str | None, Field(description="The name of the attachment")] = None
    url: Annotated[
        str | None,
        Field(
            description="Uniform Resource Locator, is a web page address (a subset of URI)"
        ),
    ] = None
    size: Annotated[
        Quantity | None, Field(description="The size of the attachment.")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period of time for which the attachment is valid",
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


class AttachmentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique-Identifier for this attachment")]
    href: Annotated[
        str | None,
        Field(description="URL serving as reference for the attachment resource"),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    url: Annotated[
        str | None, Field(description="Link to the attachment media/content")
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AttachmentRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier for this particular attachment"),
    ] = None
    href: Annotated[str | None, Field(description="URI for this Attachment")] = None
    attachment_type: Annotated[
        str | None,
        Field(
            alias="attachmentType", description="Attachment type such as video, picture"
        ),
    ] = None
    content: Annotated[
        str | None,
        Field(
            description="The actual contents of the attachment object, if embedded, encoded as base64"
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(description="A narrative text describing the content of the attachment"),
    ] = None
    mime_type: Annotated[
        str | None,
        Field(
            alias="mimeType",
            description="Attachment mime type such as extension file for video, picture and document",
        ),
    ] = None
    name: Annotated[str | None, Field(description="The name of the attachment")] = None
    url: Annotated[
        str | None,
        Field(
            description="Uniform Resource Locator, is a web page address (a subset of URI)"
        ),
    ] = None
    size: Annotated[
        Quantity | None, Field(description="The size of the attachment.")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period of time for which the attachment is valid",
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class BundledProductOffering(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the BundledProductOffering")
    ] = None
    href: Annotated[
        str | None, Field(description="Unique reference of the BundledProductOffering")
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the BundledProductOffering")
    ] = None
    bundled_product_offering_option: Annotated[
        BundledProductOfferingOption | None,
        Field(
            alias="bundledProductOfferingOption",
            description="A set of numbers that specifies the lower and upper limits for a ProductOffering that can be procured as part of the related BundledProductOffering. Values can range from 0 to unbounded.",
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


class BundledProductOfferingOption(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    number_rel_offer_default: Annotated[
        int | None,
        Field(
            alias="numberRelOfferDefault",
            description="Default number of produc offereings that should be procured as part of the related BundledProductOffering",
        ),
    ] = None
    number_rel_offer_lower_limit: Annotated[
        int | None,
        Field(
            alias="numberRelOfferLowerLimit",
            description="lower limit for a product offering that can be procured as part of the related BundledProductOffering",
        ),
    ] = None
    number_rel_offer_upper_limit: Annotated[
        int | None,
        Field(
            alias="numberRelOfferUpperLimit",
            description="upper limit for a product offering that can be procured as part of the related BundledProductOffering",
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


class BundledProductOfferingPriceRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier of the bundled product offering price"),
    ] = None
    href: Annotated[
        str | None,
        Field(description="hyperlink reference of the bundled product offering price"),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the bundled product offering price")
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


class BundledProductSpecification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the product specification")
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the product specification")
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the product specification")
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


class Catalog(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the Catalog")] = (
        None
    )
    href: Annotated[
        str | None, Field(description="Unique reference of the catalog")
    ] = None
    catalog_type: Annotated[
        str | None,
        Field(
            alias="catalogType",
            description="Indicates if the catalog is a product, service or resource catalog",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of this catalog")
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the catalog")] = None
    version: Annotated[str | None, Field(description="Catalog version")] = None
    category: Annotated[
        list[CategoryRef] | None,
        Field(description="List of root categories contained in this catalog"),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty", description="List of parties involved in this catalog"
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor", description="The period for which the catalog is valid"
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


class CatalogBatchEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        CatalogBatchEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CatalogBatchEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    catalog: Annotated[
        Catalog | None, Field(description="The involved resource data for the event")
    ] = None


class CatalogCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    catalog_type: Annotated[
        str | None,
        Field(
            alias="catalogType",
            description="Indicates if the catalog is a product, service or resource catalog",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of this catalog")
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str, Field(description="Name of the catalog")]
    version: Annotated[str | None, Field(description="Catalog version")] = None
    category: Annotated[
        list[CategoryRef] | None,
        Field(description="List of root categories contained in this catalog"),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty", description="List of parties involved in this catalog"
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor", description="The period for which the catalog is valid"
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


class CatalogCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        CatalogCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CatalogCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    catalog: Annotated[
        Catalog | None, Field(description="The involved resource data for the event")
    ] = None


class CatalogDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        CatalogDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CatalogDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    catalog: Annotated[
        Catalog | None, Field(description="The involved resource data for the event")
    ] = None


class CatalogUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    catalog_type: Annotated[
        str | None,
        Field(
            alias="catalogType",
            description="Indicates if the catalog is a product, service or resource catalog",
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of this catalog")
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the catalog")] = None
    version: Annotated[str | None, Field(description="Catalog version")] = None
    category: Annotated[
        list[CategoryRef] | None,
        Field(description="List of root categories contained in this catalog"),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty", description="List of parties involved in this catalog"
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor", description="The period for which the catalog is valid"
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


class Category(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the category")
    ] = None
    href: Annotated[str | None, Field(description="Reference of the category")] = None
    description: Annotated[
        str | None, Field(description="Description of the category")
    ] = None
    is_root: Annotated[
        bool | None,
        Field(
            alias="isRoot",
            description="If true, this Boolean indicates that the category is a root of categories",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the category")] = None
    parent_id: Annotated[
        str | None,
        Field(alias="parentId", description="Unique identifier of the parent category"),
    ] = None
    version: Annotated[str | None, Field(description="Category version")] = None
    product_offering: Annotated[
        list[ProductOfferingRef] | None,
        Field(
            alias="productOffering",
            description="A product offering represents entities that are orderable from the provider of the catalog, this resource includes pricing information.",
        ),
    ] = None
    sub_category: Annotated[
        list[CategoryRef] | None,
        Field(
            alias="subCategory",
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other (sub-)categories and/or product offerings.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor", description="The period for which the category is valid"
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


class CategoryCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the category")
    ] = None
    is_root: Annotated[
        bool | None,
        Field(
            alias="isRoot",
            description="If true, this Boolean indicates that the category is a root of categories",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str, Field(description="Name of the category")]
    parent_id: Annotated[
        str | None,
        Field(alias="parentId", description="Unique identifier of the parent category"),
    ] = None
    version: Annotated[str | None, Field(description="Category version")] = None
    product_offering: Annotated[
        list[ProductOfferingRef] | None,
        Field(
            alias="productOffering",
            description="A product offering represents entities that are orderable from the provider of the catalog, this resource includes pricing information.",
        ),
    ] = None
    sub_category: Annotated[
        list[CategoryRef] | None,
        Field(
            alias="subCategory",
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other (sub-)categories and/or product offerings.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor", description="The period for which the category is valid"
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


class CategoryCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        CategoryCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CategoryCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    category: Annotated[
        Category | None, Field(description="The involved resource data for the event")
    ] = None


class CategoryDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        CategoryDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CategoryDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    category: Annotated[
        Category | None, Field(description="The involved resource data for the event")
    ] = None


class CategoryRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    version: Annotated[str | None, Field(description="Category version")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class CategoryUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the category")
    ] = None
    is_root: Annotated[
        bool | None,
        Field(
            alias="isRoot",
            description="If true, this Boolean indicates that the category is a root of categories",
        ),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the category")] = None
    parent_id: Annotated[
        str | None,
        Field(alias="parentId", description="Unique identifier of the parent category"),
    ] = None
    version: Annotated[str | None, Field(description="Category version")] = None
    product_offering: Annotated[
        list[ProductOfferingRef] | None,
        Field(
            alias="productOffering",
            description="A product offering represents entities that are orderable from the provider of the catalog, this resource includes pricing information.",
        ),
    ] = None
    sub_category: Annotated[
        list[CategoryRef] | None,
        Field(
            alias="subCategory",
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other (sub-)categories and/or product offerings.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor", description="The period for which the category is valid"
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


class ChannelRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ConstraintRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="reference id to the target constraint")]
    href: Annotated[
        str | None, Field(description="Hyperlink reference to the target constraint")
    ] = None
    name: Annotated[str | None, Field(description="Name given to the constraint")] = (
        None
    )
    version: Annotated[str | None, Field(description="constraint version")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The (class) type of the referred constraint",
        ),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
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


class ExportJob(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the export job")] = None
    href: Annotated[str | None, Field(description="Reference of the export job")] = None
    completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="completionDate", description="Data at which the job was completed"
        ),
    ] = None
    content_type: Annotated[
        str | None,
        Field(alias="contentType", description="The format of the exported data"),
    ] = None
    creation_date: Annotated[
        AwareDatetime | None,
        Field(alias="creationDate", description="Date at which the job was created"),
    ] = None
    error_log: Annotated[
        str | None, Field(alias="errorLog", description="Reason for failure")
    ] = None
    path: Annotated[
        str | None,
        Field(
            description="URL of the root resource acting as the source for streaming content to the file specified by the export job"
        ),
    ] = None
    query: Annotated[
        str | None, Field(description="Used to scope the exported data")
    ] = None
    url: Annotated[
        str | None,
        Field(description="URL of the file containing the data to be exported"),
    ] = None
    status: Annotated[
        JobStateType | None,
        Field(
            description="Status of the export job (not started, running, succeeded, failed)"
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


class ExportJobCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="completionDate", description="Data at which the job was completed"
        ),
    ] = None
    content_type: Annotated[
        str | None,
        Field(alias="contentType", description="The format of the exported data"),
    ] = None
    creation_date: Annotated[
        AwareDatetime | None,
        Field(alias="creationDate", description="Date at which the job was created"),
    ] = None
    error_log: Annotated[
        str | None, Field(alias="errorLog", description="Reason for failure")
    ] = None
    path: Annotated[
        str | None,
        Field(
            description="URL of the root resource acting as the source for streaming content to the file specified by the export job"
        ),
    ] = None
    query: Annotated[
        str | None, Field(description="Used to scope the exported data")
    ] = None
    url: Annotated[
        str, Field(description="URL of the file containing the data to be exported")
    ]
    status: Annotated[
        JobStateType | None,
        Field(
            description="Status of the export job (not started, running, succeeded, failed)"
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


class ImportJob(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the import job")] = None
    href: Annotated[str | None, Field(description="Reference of the import job")] = None
    completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="completionDate", description="Date at which the job was completed"
        ),
    ] = None
    content_type: Annotated[
        str | None,
        Field(
            alias="contentType", description="Indicates the format of the imported data"
        ),
    ] = None
    creation_date: Annotated[
        AwareDatetime | None,
        Field(alias="creationDate", description="Date at which the job was created"),
    ] = None
    error_log: Annotated[
        str | None,
        Field(alias="errorLog", description="Reason for failure if status is failed"),
    ] = None
    path: Annotated[
        str | None,
        Field(
            description="URL of the root resource where the content of the file specified by the import job must be applied"
        ),
    ] = None
    url: Annotated[
        str | None,
        Field(description="URL of the file containing the data to be imported"),
    ] = None
    status: Annotated[
        JobStateType | None,
        Field(
            description="Status of the import job (not started, running, succeeded, failed)"
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


class ImportJobCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="completionDate", description="Date at which the job was completed"
        ),
    ] = None
    content_type: Annotated[
        str | None,
        Field(
            alias="contentType", description="Indicates the format of the imported data"
        ),
    ] = None
    creation_date: Annotated[
        AwareDatetime | None,
        Field(alias="creationDate", description="Date at which the job was created"),
    ] = None
    error_log: Annotated[
        str | None,
        Field(alias="errorLog", description="Reason for failure if status is failed"),
    ] = None
    path: Annotated[
        str | None,
        Field(
            description="URL of the root resource where the content of the file specified by the import job must be applied"
        ),
    ] = None
    url: Annotated[
        str, Field(description="URL of the file containing the data to be imported")
    ]
    status: Annotated[
        JobStateType | None,
        Field(
            description="Status of the import job (not started, running, succeeded, failed)"
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


class JobStateType(StrEnum):
    not_started = "Not Started"
    running = "Running"
    succeeded = "Succeeded"
    failed = "Failed"


class MarketSegmentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the market segment")]
    href: Annotated[
        str | None, Field(description="Reference of the market segment")
    ] = None
    name: Annotated[str | None, Field(description="Name of the market segment")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="(Class) type of the referred market segment",
        ),
    ] = None


class Model(RootModel[Any]):
    root: Any


class Money(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    unit: Annotated[
        str | None,
        Field(
            description="Currency (ISO4217 norm uses 3 letters to define the currency)"
        ),
    ] = None
    value: Annotated[
        float | None, Field(description="A positive floating point number")
    ] = None


class PlaceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class PricingLogicAlgorithm(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="unique id of the PricingLogicAlgorithm")
    ] = None
    href: Annotated[
        str | None,
        Field(description="hyperlink reference of this PricingLogicAlgorithm"),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the PricingLogicAlgorithm")
    ] = None
    name: Annotated[
        str | None, Field(description="Name given to the PricingLogicAlgorithm")
    ] = None
    pla_spec_id: Annotated[
        str | None,
        Field(
            alias="plaSpecId",
            description="id of corresponding PricingLogicAlgorithm specification",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the PricingLogicAlgorithm is valid",
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


class ProductOffering(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the productOffering")
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the ProductOffering")
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the productOffering")
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="isBundle determines whether a productOffering represents a single productOffering (false), or a bundle of productOfferings (true).",
        ),
    ] = None
    is_sellable: Annotated[
        bool | None,
        Field(
            alias="isSellable",
            description="A flag indicating if this product offer can be sold stand-alone for sale or not. If this flag is false it indicates that the offer can only be sold within a bundle.",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the productOffering")] = None
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="A string providing a complementary information on the value of the lifecycle status attribute.",
        ),
    ] = None
    version: Annotated[str | None, Field(description="ProductOffering version")] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications."
        ),
    ] = None
    attachment: Annotated[
        list[AttachmentRefOrValue] | None,
        Field(
            description="Complements the description of an element (for instance a product) through video, pictures..."
        ),
    ] = None
    bundled_product_offering: Annotated[
        list[BundledProductOffering] | None,
        Field(
            alias="bundledProductOffering",
            description="A type of ProductOffering that belongs to a grouping of ProductOfferings made available to the market. It inherits of all attributes of ProductOffering.",
        ),
    ] = None
    category: Annotated[
        list[CategoryRef] | None,
        Field(
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates."
        ),
    ] = None
    channel: Annotated[
        list[ChannelRef] | None,
        Field(
            description="The channel defines the channel for selling product offerings."
        ),
    ] = None
    market_segment: Annotated[
        list[MarketSegmentRef] | None,
        Field(
            alias="marketSegment",
            description="provides references to the corresponding market segment as target of product offerings. A market segment is grouping of Parties, GeographicAreas, SalesChannels, and so forth.",
        ),
    ] = None
    place: Annotated[
        list[PlaceRef] | None,
        Field(
            description="Place defines the places where the products are sold or delivered."
        ),
    ] = None
    prod_spec_char_value_use: Annotated[
        list[ProductSpecificationCharacteristicValueUse] | None,
        Field(
            alias="prodSpecCharValueUse",
            description="A use of the ProductSpecificationCharacteristicValue by a ProductOffering to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering level. For example, a characteristic 'Color' might have values White, Blue, Green, and Red. But, the list of values can be restricted to e.g. White and Blue in an associated product offering. It should be noted that the list of values in 'ProductSpecificationCharacteristicValueUse' is a strict subset of the list of values as defined in the corresponding product specification characteristics.",
        ),
    ] = None
    product_offering_price: Annotated[
        list[ProductOfferingPriceRef] | None,
        Field(
            alias="productOfferingPrice",
            description="An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time and may not represent the actual price paid by a customer.",
        ),
    ] = None
    product_offering_term: Annotated[
        list[ProductOfferingTerm] | None,
        Field(
            alias="productOfferingTerm",
            description="A condition under which a ProductOffering is made available to Customers. For instance, a productOffering can be offered with multiple commitment periods.",
        ),
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None,
        Field(
            alias="productSpecification",
            description="A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.",
        ),
    ] = None
    resource_candidate: Annotated[
        ResourceCandidateRef | None,
        Field(
            alias="resourceCandidate",
            description="A resource candidate is an entity that makes a ResourceSpecification available to a catalog.",
        ),
    ] = None
    service_candidate: Annotated[
        ServiceCandidateRef | None,
        Field(
            alias="serviceCandidate",
            description="ServiceCandidate is an entity that makes a ServiceSpecification available to a catalog.",
        ),
    ] = None
    service_level_agreement: Annotated[
        SLARef | None,
        Field(
            alias="serviceLevelAgreement",
            description="A service level agreement (SLA) is a type of agreement that represents a formal negotiated agreement between two parties designed to create a common understanding about products, services, priorities, responsibilities, and so forth. The SLA is a set of appropriate procedures and targets formally or informally agreed between parties in order to achieve and maintain specified Quality of Service.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productOffering is valid",
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


class ProductOfferingAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
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
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        ProductOfferingAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering: Annotated[
        ProductOffering | None,
        Field(
            alias="productOffering",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOffering")
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="isBundle determines whether a productOffering represents a single productOffering (false), or a bundle of productOfferings (true).",
        ),
    ] = None
    is_sellable: Annotated[
        bool | None,
        Field(
            alias="isSellable",
            description="A flag indicating if this product offer can be sold stand-alone for sale or not. If this flag is false it indicates that the offer can only be sold within a bundle.",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str, Field(description="Name of the productOffering")]
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="A string providing a complementary information on the value of the lifecycle status attribute.",
        ),
    ] = None
    version: Annotated[str | None, Field(description="ProductOffering version")] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications."
        ),
    ] = None
    attachment: Annotated[
        list[AttachmentRefOrValue] | None,
        Field(
            description="Complements the description of an element (for instance a product) through video, pictures..."
        ),
    ] = None
    bundled_product_offering: Annotated[
        list[BundledProductOffering] | None,
        Field(
            alias="bundledProductOffering",
            description="A type of ProductOffering that belongs to a grouping of ProductOfferings made available to the market. It inherits of all attributes of ProductOffering.",
        ),
    ] = None
    category: Annotated[
        list[CategoryRef] | None,
        Field(
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates."
        ),
    ] = None
    channel: Annotated[
        list[ChannelRef] | None,
        Field(
            description="The channel defines the channel for selling product offerings."
        ),
    ] = None
    market_segment: Annotated[
        list[MarketSegmentRef] | None,
        Field(
            alias="marketSegment",
            description="provides references to the corresponding market segment as target of product offerings. A market segment is grouping of Parties, GeographicAreas, SalesChannels, and so forth.",
        ),
    ] = None
    place: Annotated[
        list[PlaceRef] | None,
        Field(
            description="Place defines the places where the products are sold or delivered."
        ),
    ] = None
    prod_spec_char_value_use: Annotated[
        list[ProductSpecificationCharacteristicValueUse] | None,
        Field(
            alias="prodSpecCharValueUse",
            description="A use of the ProductSpecificationCharacteristicValue by a ProductOffering to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering level. For example, a characteristic 'Color' might have values White, Blue, Green, and Red. But, the list of values can be restricted to e.g. White and Blue in an associated product offering. It should be noted that the list of values in 'ProductSpecificationCharacteristicValueUse' is a strict subset of the list of values as defined in the corresponding product specification characteristics.",
        ),
    ] = None
    product_offering_price: Annotated[
        list[ProductOfferingPriceRef] | None,
        Field(
            alias="productOfferingPrice",
            description="An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time and may not represent the actual price paid by a customer.",
        ),
    ] = None
    product_offering_term: Annotated[
        list[ProductOfferingTerm] | None,
        Field(
            alias="productOfferingTerm",
            description="A condition under which a ProductOffering is made available to Customers. For instance, a productOffering can be offered with multiple commitment periods.",
        ),
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None,
        Field(
            alias="productSpecification",
            description="A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.",
        ),
    ] = None
    resource_candidate: Annotated[
        ResourceCandidateRef | None,
        Field(
            alias="resourceCandidate",
            description="A resource candidate is an entity that makes a ResourceSpecification available to a catalog.",
        ),
    ] = None
    service_candidate: Annotated[
        ServiceCandidateRef | None,
        Field(
            alias="serviceCandidate",
            description="ServiceCandidate is an entity that makes a ServiceSpecification available to a catalog.",
        ),
    ] = None
    service_level_agreement: Annotated[
        SLARef | None,
        Field(
            alias="serviceLevelAgreement",
            description="A service level agreement (SLA) is a type of agreement that represents a formal negotiated agreement between two parties designed to create a common understanding about products, services, priorities, responsibilities, and so forth. The SLA is a set of appropriate procedures and targets formally or informally agreed between parties in order to achieve and maintain specified Quality of Service.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productOffering is valid",
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


class ProductOfferingCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductOfferingCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering: Annotated[
        ProductOffering | None,
        Field(
            alias="productOffering",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductOfferingDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering: Annotated[
        ProductOffering | None,
        Field(
            alias="productOffering",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingPrice(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="unique id of this resource")] = None
    href: Annotated[
        str | None, Field(description="Reference of the ProductOfferingPrice")
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the productOfferingPrice")
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="A flag indicating if this ProductOfferingPrice is composite (bundle) or not",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(
            alias="lastUpdate",
            description="the last update time of this ProductOfferingPrice",
        ),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="the lifecycle status of this ProductOfferingPrice",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the productOfferingPrice")
    ] = None
    percentage: Annotated[
        float | None,
        Field(
            description="Percentage to apply for ProductOfferPriceAlteration (Discount)"
        ),
    ] = None
    price_type: Annotated[
        str | None,
        Field(
            alias="priceType",
            description="A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.",
        ),
    ] = None
    recurring_charge_period_length: Annotated[
        int | None,
        Field(
            alias="recurringChargePeriodLength",
            description="the period of the recurring charge:  1, 2, ... .It sets to zero if it is not applicable",
        ),
    ] = None
    recurring_charge_period_type: Annotated[
        str | None,
        Field(
            alias="recurringChargePeriodType",
            description="The period to repeat the application of the price\nCould be month, week...",
        ),
    ] = None
    version: Annotated[str | None, Field(description="ProductOffering version")] = None
    bundled_pop_relationship: Annotated[
        list[BundledProductOfferingPriceRelationship] | None,
        Field(
            alias="bundledPopRelationship",
            description="this object represents a bundle relationship from a bundle product offering price (parent) to a simple product offering price (child). A simple product offering price may participate in more than one bundle relationship.",
        ),
    ] = None
    constraint: Annotated[
        list[ConstraintRef] | None,
        Field(
            description="The Constraint resource represents a policy/rule applied to ProductOfferingPrice."
        ),
    ] = None
    place: Annotated[
        list[PlaceRef] | None,
        Field(
            description="Place defines the places where the products are sold or delivered."
        ),
    ] = None
    pop_relationship: Annotated[
        list[ProductOfferingPriceRelationship] | None,
        Field(
            alias="popRelationship",
            description="Product Offering Prices related to this Product Offering Price, for example a price alteration such as allowance or discount",
        ),
    ] = None
    price: Annotated[
        Money | None,
        Field(description="The amount of money that characterizes the price."),
    ] = None
    pricing_logic_algorithm: Annotated[
        list[PricingLogicAlgorithm] | None,
        Field(
            alias="pricingLogicAlgorithm",
            description="The PricingLogicAlgorithm entity represents an instantiation of an interface specification to external rating function (without a modeled behavior in SID). Some of the parameters of the interface definition may be already set (such as price per unit) and some may be gathered during the rating process from the event (such as call duration) or from ProductCharacteristicValues (such as assigned bandwidth).",
        ),
    ] = None
    prod_spec_char_value_use: Annotated[
        list[ProductSpecificationCharacteristicValueUse] | None,
        Field(
            alias="prodSpecCharValueUse",
            description="A use of the ProductSpecificationCharacteristicValue by a ProductOfferingPrice to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering and ProcuctOfferingPrice level. The list of values in ProductSpecificationCharacteristicValueUse is a strict subset of the list of values as defined in the corresponding product specification characteristics.",
        ),
    ] = None
    product_offering_term: Annotated[
        list[ProductOfferingTerm] | None,
        Field(
            alias="productOfferingTerm",
            description="A list of conditions under which a ProductOfferingPrice is made available to Customers. For instance, a Product Offering Price can be offered with multiple commitment periods.",
        ),
    ] = None
    tax: Annotated[
        list[TaxItem] | None,
        Field(
            description="An amount of money levied on the price of a Product by a legislative body."
        ),
    ] = None
    unit_of_measure: Annotated[
        Quantity | None,
        Field(
            alias="unitOfMeasure",
            description="A number and unit representing how many (for instance 1 dozen) of an ProductOffering is available at the offered price. Its meaning depends on the priceType. It could be a price, a rate, or a discount.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productOfferingPrice is valid",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="the immediate base class type of this product offering",
        ),
    ] = None
    field_schema_location: Annotated[
        str | None,
        Field(
            alias="@schemaLocation",
            description="hyperlink reference to the schema describing this resource",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="The class type of this Product offering"),
    ] = None


class ProductOfferingPriceAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
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
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        ProductOfferingPriceAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingPriceAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_price: Annotated[
        ProductOfferingPrice | None,
        Field(
            alias="productOfferingPrice",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingPriceCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOfferingPrice")
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="A flag indicating if this ProductOfferingPrice is composite (bundle) or not",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(
            alias="lastUpdate",
            description="the last update time of this ProductOfferingPrice",
        ),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="the lifecycle status of this ProductOfferingPrice",
        ),
    ] = None
    name: Annotated[str, Field(description="Name of the productOfferingPrice")]
    percentage: Annotated[
        float | None,
        Field(
            description="Percentage to apply for ProductOfferPriceAlteration (Discount)"
        ),
    ] = None
    price_type: Annotated[
        str | None,
        Field(
            alias="priceType",
            description="A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.",
        ),
    ] = None
    recurring_charge_period_length: Annotated[
        int | None,
        Field(
            alias="recurringChargePeriodLength",
            description="the period of the recurring charge:  1, 2, ... .It sets to zero if it is not applicable",
        ),
    ] = None
    recurring_charge_period_type: Annotated[
        str | None,
        Field(
            alias="recurringChargePeriodType",
            description="The period to repeat the application of the price\nCould be month, week...",
        ),
    ] = None
    version: Annotated[str | None, Field(description="ProductOffering version")] = None
    bundled_pop_relationship: Annotated[
        list[BundledProductOfferingPriceRelationship] | None,
        Field(
            alias="bundledPopRelationship",
            description="this object represents a bundle relationship from a bundle product offering price (parent) to a simple product offering price (child). A simple product offering price may participate in more than one bundle relationship.",
        ),
    ] = None
    constraint: Annotated[
        list[ConstraintRef] | None,
        Field(
            description="The Constraint resource represents a policy/rule applied to ProductOfferingPrice."
        ),
    ] = None
    place: Annotated[
        list[PlaceRef] | None,
        Field(
            description="Place defines the places where the products are sold or delivered."
        ),
    ] = None
    pop_relationship: Annotated[
        list[ProductOfferingPriceRelationship] | None,
        Field(
            alias="popRelationship",
            description="Product Offering Prices related to this Product Offering Price, for example a price alteration such as allowance or discount",
        ),
    ] = None
    price: Annotated[
        Money | None,
        Field(description="The amount of money that characterizes the price."),
    ] = None
    pricing_logic_algorithm: Annotated[
        list[PricingLogicAlgorithm] | None,
        Field(
            alias="pricingLogicAlgorithm",
            description="The PricingLogicAlgorithm entity represents an instantiation of an interface specification to external rating function (without a modeled behavior in SID). Some of the parameters of the interface definition may be already set (such as price per unit) and some may be gathered during the rating process from the event (such as call duration) or from ProductCharacteristicValues (such as assigned bandwidth).",
        ),
    ] = None
    prod_spec_char_value_use: Annotated[
        list[ProductSpecificationCharacteristicValueUse] | None,
        Field(
            alias="prodSpecCharValueUse",
            description="A use of the ProductSpecificationCharacteristicValue by a ProductOfferingPrice to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering and ProcuctOfferingPrice level. The list of values in ProductSpecificationCharacteristicValueUse is a strict subset of the list of values as defined in the corresponding product specification characteristics.",
        ),
    ] = None
    product_offering_term: Annotated[
        list[ProductOfferingTerm] | None,
        Field(
            alias="productOfferingTerm",
            description="A list of conditions under which a ProductOfferingPrice is made available to Customers. For instance, a Product Offering Price can be offered with multiple commitment periods.",
        ),
    ] = None
    tax: Annotated[
        list[TaxItem] | None,
        Field(
            description="An amount of money levied on the price of a Product by a legislative body."
        ),
    ] = None
    unit_of_measure: Annotated[
        Quantity | None,
        Field(
            alias="unitOfMeasure",
            description="A number and unit representing how many (for instance 1 dozen) of an ProductOffering is available at the offered price. Its meaning depends on the priceType. It could be a price, a rate, or a discount.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productOfferingPrice is valid",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="the immediate base class type of this product offering",
        ),
    ] = None
    field_schema_location: Annotated[
        str | None,
        Field(
            alias="@schemaLocation",
            description="hyperlink reference to the schema describing this resource",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="The class type of this Product offering"),
    ] = None


class ProductOfferingPriceCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductOfferingPriceCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingPriceCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_price: Annotated[
        ProductOfferingPrice | None,
        Field(
            alias="productOfferingPrice",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingPriceDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductOfferingPriceDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingPriceDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_price: Annotated[
        ProductOfferingPrice | None,
        Field(
            alias="productOfferingPrice",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingPriceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductOfferingPriceRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="Unique identifier of the associated product offering price"),
    ] = None
    href: Annotated[
        str | None,
        Field(
            description="hyperlink reference of the associated product offering price"
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the associated product offering price")
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType",
            description="type of the relationship, for example override, discount, etc.",
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


class ProductOfferingPriceStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductOfferingPriceStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingPriceStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_price: Annotated[
        ProductOfferingPrice | None,
        Field(
            alias="productOfferingPrice",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingPriceUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOfferingPrice")
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="A flag indicating if this ProductOfferingPrice is composite (bundle) or not",
        ),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="the lifecycle status of this ProductOfferingPrice",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the productOfferingPrice")
    ] = None
    percentage: Annotated[
        float | None,
        Field(
            description="Percentage to apply for ProductOfferPriceAlteration (Discount)"
        ),
    ] = None
    price_type: Annotated[
        str | None,
        Field(
            alias="priceType",
            description="A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.",
        ),
    ] = None
    recurring_charge_period_length: Annotated[
        int | None,
        Field(
            alias="recurringChargePeriodLength",
            description="the period of the recurring charge:  1, 2, ... .It sets to zero if it is not applicable",
        ),
    ] = None
    recurring_charge_period_type: Annotated[
        str | None,
        Field(
            alias="recurringChargePeriodType",
            description="The period to repeat the application of the price\nCould be month, week...",
        ),
    ] = None
    version: Annotated[str | None, Field(description="ProductOffering version")] = None
    bundled_pop_relationship: Annotated[
        list[BundledProductOfferingPriceRelationship] | None,
        Field(
            alias="bundledPopRelationship",
            description="this object represents a bundle relationship from a bundle product offering price (parent) to a simple product offering price (child). A simple product offering price may participate in more than one bundle relationship.",
        ),
    ] = None
    constraint: Annotated[
        list[ConstraintRef] | None,
        Field(
            description="The Constraint resource represents a policy/rule applied to ProductOfferingPrice."
        ),
    ] = None
    place: Annotated[
        list[PlaceRef] | None,
        Field(
            description="Place defines the places where the products are sold or delivered."
        ),
    ] = None
    pop_relationship: Annotated[
        list[ProductOfferingPriceRelationship] | None,
        Field(
            alias="popRelationship",
            description="Product Offering Prices related to this Product Offering Price, for example a price alteration such as allowance or discount",
        ),
    ] = None
    price: Annotated[
        Money | None,
        Field(description="The amount of money that characterizes the price."),
    ] = None
    pricing_logic_algorithm: Annotated[
        list[PricingLogicAlgorithm] | None,
        Field(
            alias="pricingLogicAlgorithm",
            description="The PricingLogicAlgorithm entity represents an instantiation of an interface specification to external rating function (without a modeled behavior in SID). Some of the parameters of the interface definition may be already set (such as price per unit) and some may be gathered during the rating process from the event (such as call duration) or from ProductCharacteristicValues (such as assigned bandwidth).",
        ),
    ] = None
    prod_spec_char_value_use: Annotated[
        list[ProductSpecificationCharacteristicValueUse] | None,
        Field(
            alias="prodSpecCharValueUse",
            description="A use of the ProductSpecificationCharacteristicValue by a ProductOfferingPrice to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering and ProcuctOfferingPrice level. The list of values in ProductSpecificationCharacteristicValueUse is a strict subset of the list of values as defined in the corresponding product specification characteristics.",
        ),
    ] = None
    product_offering_term: Annotated[
        list[ProductOfferingTerm] | None,
        Field(
            alias="productOfferingTerm",
            description="A list of conditions under which a ProductOfferingPrice is made available to Customers. For instance, a Product Offering Price can be offered with multiple commitment periods.",
        ),
    ] = None
    tax: Annotated[
        list[TaxItem] | None,
        Field(
            description="An amount of money levied on the price of a Product by a legislative body."
        ),
    ] = None
    unit_of_measure: Annotated[
        Quantity | None,
        Field(
            alias="unitOfMeasure",
            description="A number and unit representing how many (for instance 1 dozen) of an ProductOffering is available at the offered price. Its meaning depends on the priceType. It could be a price, a rate, or a discount.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productOfferingPrice is valid",
        ),
    ] = None
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="the immediate base class type of this product offering",
        ),
    ] = None
    field_schema_location: Annotated[
        str | None,
        Field(
            alias="@schemaLocation",
            description="hyperlink reference to the schema describing this resource",
        ),
    ] = None
    field_type: Annotated[
        str | None,
        Field(alias="@type", description="The class type of this Product offering"),
    ] = None


class ProductOfferingRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductOfferingStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductOfferingStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering: Annotated[
        ProductOffering | None,
        Field(
            alias="productOffering",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductOfferingTerm(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOfferingTerm")
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the productOfferingTerm")
    ] = None
    duration: Annotated[
        Quantity | None, Field(description="Duration of the productOfferingTerm")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productOfferingTerm is valid",
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


class ProductOfferingUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOffering")
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="isBundle determines whether a productOffering represents a single productOffering (false), or a bundle of productOfferings (true).",
        ),
    ] = None
    is_sellable: Annotated[
        bool | None,
        Field(
            alias="isSellable",
            description="A flag indicating if this product offer can be sold stand-alone for sale or not. If this flag is false it indicates that the offer can only be sold within a bundle.",
        ),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str | None, Field(description="Name of the productOffering")] = None
    status_reason: Annotated[
        str | None,
        Field(
            alias="statusReason",
            description="A string providing a complementary information on the value of the lifecycle status attribute.",
        ),
    ] = None
    version: Annotated[str | None, Field(description="ProductOffering version")] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="An agreement represents a contract or arrangement, either written or verbal and sometimes enforceable by law, such as a service level agreement or a customer price agreement. An agreement involves a number of other business entities, such as products, services, and resources and/or their specifications."
        ),
    ] = None
    attachment: Annotated[
        list[AttachmentRefOrValue] | None,
        Field(
            description="Complements the description of an element (for instance a product) through video, pictures..."
        ),
    ] = None
    bundled_product_offering: Annotated[
        list[BundledProductOffering] | None,
        Field(
            alias="bundledProductOffering",
            description="A type of ProductOffering that belongs to a grouping of ProductOfferings made available to the market. It inherits of all attributes of ProductOffering.",
        ),
    ] = None
    category: Annotated[
        list[CategoryRef] | None,
        Field(
            description="The category resource is used to group product offerings, service and resource candidates in logical containers. Categories can contain other categories and/or product offerings, resource or service candidates."
        ),
    ] = None
    channel: Annotated[
        list[ChannelRef] | None,
        Field(
            description="The channel defines the channel for selling product offerings."
        ),
    ] = None
    market_segment: Annotated[
        list[MarketSegmentRef] | None,
        Field(
            alias="marketSegment",
            description="provides references to the corresponding market segment as target of product offerings. A market segment is grouping of Parties, GeographicAreas, SalesChannels, and so forth.",
        ),
    ] = None
    place: Annotated[
        list[PlaceRef] | None,
        Field(
            description="Place defines the places where the products are sold or delivered."
        ),
    ] = None
    prod_spec_char_value_use: Annotated[
        list[ProductSpecificationCharacteristicValueUse] | None,
        Field(
            alias="prodSpecCharValueUse",
            description="A use of the ProductSpecificationCharacteristicValue by a ProductOffering to which additional properties (attributes) apply or override the properties of similar properties contained in ProductSpecificationCharacteristicValue. It should be noted that characteristics which their value(s) addressed by this object must exist in corresponding product specification. The available characteristic values for a ProductSpecificationCharacteristic in a Product specification can be modified at the ProductOffering level. For example, a characteristic 'Color' might have values White, Blue, Green, and Red. But, the list of values can be restricted to e.g. White and Blue in an associated product offering. It should be noted that the list of values in 'ProductSpecificationCharacteristicValueUse' is a strict subset of the list of values as defined in the corresponding product specification characteristics.",
        ),
    ] = None
    product_offering_price: Annotated[
        list[ProductOfferingPriceRef] | None,
        Field(
            alias="productOfferingPrice",
            description="An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time and may not represent the actual price paid by a customer.",
        ),
    ] = None
    product_offering_term: Annotated[
        list[ProductOfferingTerm] | None,
        Field(
            alias="productOfferingTerm",
            description="A condition under which a ProductOffering is made available to Customers. For instance, a productOffering can be offered with multiple commitment periods.",
        ),
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None,
        Field(
            alias="productSpecification",
            description="A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.",
        ),
    ] = None
    resource_candidate: Annotated[
        ResourceCandidateRef | None,
        Field(
            alias="resourceCandidate",
            description="A resource candidate is an entity that makes a ResourceSpecification available to a catalog.",
        ),
    ] = None
    service_candidate: Annotated[
        ServiceCandidateRef | None,
        Field(
            alias="serviceCandidate",
            description="ServiceCandidate is an entity that makes a ServiceSpecification available to a catalog.",
        ),
    ] = None
    service_level_agreement: Annotated[
        SLARef | None,
        Field(
            alias="serviceLevelAgreement",
            description="A service level agreement (SLA) is a type of agreement that represents a formal negotiated agreement between two parties designed to create a common understanding about products, services, priorities, responsibilities, and so forth. The SLA is a set of appropriate procedures and targets formally or informally agreed between parties in order to achieve and maintain specified Quality of Service.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productOffering is valid",
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


class ProductSpecification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the product specification")
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the product specification")
    ] = None
    brand: Annotated[
        str | None,
        Field(description="The manufacturer or trademark of the specification"),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail what the product specification is"
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="isBundle determines whether a productSpecification represents a single productSpecification (false), or a bundle of productSpecification (true).",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the product specification")
    ] = None
    product_number: Annotated[
        str | None,
        Field(
            alias="productNumber",
            description="An identification number assigned to uniquely identity the specification",
        ),
    ] = None
    version: Annotated[
        str | None, Field(description="Product specification version")
    ] = None
    attachment: Annotated[
        list[AttachmentRefOrValue] | None,
        Field(
            description="Complements the description of an element (for instance a product) through video, pictures..."
        ),
    ] = None
    bundled_product_specification: Annotated[
        list[BundledProductSpecification] | None,
        Field(
            alias="bundledProductSpecification",
            description="A type of ProductSpecification that belongs to a grouping of ProductSpecifications made available to the market. It inherits of all attributes of ProductSpecification.",
        ),
    ] = None
    product_spec_characteristic: Annotated[
        list[ProductSpecificationCharacteristic] | None,
        Field(
            alias="productSpecCharacteristic",
            description="A characteristic quality or distinctive feature of a ProductSpecification.  The characteristic can be take on a discrete value, such as color, can take on a range of values, (for example, sensitivity of 100-240 mV), or can be derived from a formula (for example, usage time (hrs) = 30 - talk time *3). Certain characteristics, such as color, may be configured during the ordering or some other process.",
        ),
    ] = None
    product_specification_relationship: Annotated[
        list[ProductSpecificationRelationship] | None,
        Field(
            alias="productSpecificationRelationship",
            description="A migration, substitution, dependency or exclusivity relationship between/among product specifications.",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A related party defines party or party role linked to a specific entity.",
        ),
    ] = None
    resource_specification: Annotated[
        list[ResourceSpecificationRef] | None,
        Field(
            alias="resourceSpecification",
            description="The ResourceSpecification is required to realize a ProductSpecification.",
        ),
    ] = None
    service_specification: Annotated[
        list[ServiceSpecificationRef] | None,
        Field(
            alias="serviceSpecification",
            description="ServiceSpecification(s) required to realize a ProductSpecification.",
        ),
    ] = None
    target_product_schema: Annotated[
        TargetProductSchema | None,
        Field(
            alias="targetProductSchema",
            description="A target product schema reference. The reference object to the schema and type of target product which is described by product specification.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the product specification is valid",
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


class ProductSpecificationCharacteristic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    configurable: Annotated[
        bool | None,
        Field(
            description="If true, the Boolean indicates that the ProductSpecificationCharacteristic is configurable"
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail what the ProductSpecificationCharacteristic is"
        ),
    ] = None
    extensible: Annotated[
        bool | None,
        Field(
            description="An indicator that specifies that the values for the characteristic can be extended by adding new values when instantiating a characteristic for a product"
        ),
    ] = None
    is_unique: Annotated[
        bool | None,
        Field(
            alias="isUnique",
            description='An indicator that specifies if a value is unique for the specification. Possible values are; "unique while value is in effect" and "unique whether value is in effect or not"',
        ),
    ] = None
    max_cardinality: Annotated[
        int | None,
        Field(
            alias="maxCardinality",
            description="The maximum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where five is the value for the maxCardinality",
        ),
    ] = None
    min_cardinality: Annotated[
        int | None,
        Field(
            alias="minCardinality",
            description="The minimum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where zero is the value for the minCardinality",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the ProductSpecificationCharacteristic")
    ] = None
    regex: Annotated[
        str | None,
        Field(
            description="A rule or principle represented in regular expression used to derive the value of a characteristic value"
        ),
    ] = None
    value_type: Annotated[
        str | None,
        Field(
            alias="valueType",
            description="A kind of value that the characteristic can take on, such as numeric, text and so forth",
        ),
    ] = None
    product_spec_char_relationship: Annotated[
        list[ProductSpecificationCharacteristicRelationship] | None,
        Field(
            alias="productSpecCharRelationship",
            description="An aggregation, migration, substitution, dependency or exclusivity relationship between/among Specification Characteristics.",
        ),
    ] = None
    product_spec_characteristic_value: Annotated[
        list[ProductSpecificationCharacteristicValue] | None,
        Field(
            alias="productSpecCharacteristicValue",
            description="A ProductSpecificationCharacteristicValue object is used to define a set of attributes, each of which can be assigned to a corresponding set of attributes in a ProductSpecificationCharacteristic object. The values of the attributes in the ProductSpecificationCharacteristicValue object describe the values of the attributes that a corresponding ProductSpecificationCharacteristic object can take on.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the ProductSpecificationCharacteristic is valid",
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


class ProductSpecificationCharacteristicRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="the identifier of the associated product specification"),
    ] = None
    href: Annotated[
        str | None,
        Field(description="Hyperlink reference to the target product specification"),
    ] = None
    char_spec_seq: Annotated[
        int | None,
        Field(
            alias="charSpecSeq",
            description="The order in which a CharacteristicSpecification appears within another CharacteristicSpecification that defines a grouping of CharacteristicSpecifications.\n\nFor example, a grouping may represent the name of an individual. The given name is first, the middle name is second, and the last name is third.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(description="Name of the target product specification characteristic"),
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType",
            description="Type of relationship such as aggregation, migration, substitution, dependency, exclusivity",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productSpecificationCharacteristicRelationship is valid",
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


class ProductSpecificationCharacteristicValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    is_default: Annotated[
        bool | None,
        Field(
            alias="isDefault",
            description="Indicates if the value is the default value for a characteristic",
        ),
    ] = None
    range_interval: Annotated[
        str | None,
        Field(
            alias="rangeInterval",
            description='An indicator that specifies the inclusion or exclusion of the valueFrom and valueTo attributes. If applicable, possible values are "open", "closed", "closedBottom" and "closedTop".',
        ),
    ] = None
    regex: Annotated[
        str | None,
        Field(
            description="Regular expression to define constraint on the allowed value"
        ),
    ] = None
    unit_of_measure: Annotated[
        str | None,
        Field(
            alias="unitOfMeasure",
            description="A length, surface, volume, dry measure, liquid measure, money, weight, time, and the like. In general, a determinate quantity or magnitude of the kind designated, taken as a standard of comparison for others of the same kind, in assigning to them numerical values, as 1 foot, 1 yard, 1 mile, 1 square foot.",
        ),
    ] = None
    value_from: Annotated[
        str | None,
        Field(
            alias="valueFrom",
            description="The low range value that a characteristic can take on",
        ),
    ] = None
    value_to: Annotated[
        str | None,
        Field(
            alias="valueTo",
            description="The upper range value that a characteristic can take on",
        ),
    ] = None
    value_type: Annotated[
        str | None,
        Field(
            alias="valueType",
            description="A kind of value that the characteristic can take on, such as numeric, text, and so forth",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period of time for which a value is applicable",
        ),
    ] = None
    value: Annotated[
        AnyModel | None,
        Field(
            description="A discrete value that the characteristic can take on, or the actual value of the characteristic"
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


class ProductSpecificationCharacteristicValueUse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail what the productSpecificationCharacteristic is"
        ),
    ] = None
    max_cardinality: Annotated[
        int | None,
        Field(
            alias="maxCardinality",
            description="The maximum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where five is the value for the maxCardinality.",
        ),
    ] = None
    min_cardinality: Annotated[
        int | None,
        Field(
            alias="minCardinality",
            description="The minimum number of instances a CharacteristicValue can take on. For example, zero to five phone numbers in a group calling plan, where zero is the value for the minCardinality.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(description="Name of the associated productSpecificationCharacteristic"),
    ] = None
    value_type: Annotated[
        str | None,
        Field(
            alias="valueType",
            description="A kind of value that the characteristic can take on, such as numeric, text and so forth",
        ),
    ] = None
    product_spec_characteristic_value: Annotated[
        list[ProductSpecificationCharacteristicValue] | None,
        Field(
            alias="productSpecCharacteristicValue",
            description="A number or text that can be assigned to a ProductSpecificationCharacteristic.",
        ),
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None,
        Field(
            alias="productSpecification",
            description="A ProductSpecification is a detailed description of a tangible or intangible object made available externally in the form of a ProductOffering to customers or other parties playing a party role.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productSpecificationCharacteristic is valid",
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


class ProductSpecificationCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    brand: Annotated[
        str | None,
        Field(description="The manufacturer or trademark of the specification"),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail what the product specification is"
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="isBundle determines whether a productSpecification represents a single productSpecification (false), or a bundle of productSpecification (true).",
        ),
    ] = None
    last_update: Annotated[
        AwareDatetime | None,
        Field(alias="lastUpdate", description="Date and time of the last update"),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[str, Field(description="Name of the product specification")]
    product_number: Annotated[
        str | None,
        Field(
            alias="productNumber",
            description="An identification number assigned to uniquely identity the specification",
        ),
    ] = None
    version: Annotated[
        str | None, Field(description="Product specification version")
    ] = None
    attachment: Annotated[
        list[AttachmentRefOrValue] | None,
        Field(
            description="Complements the description of an element (for instance a product) through video, pictures..."
        ),
    ] = None
    bundled_product_specification: Annotated[
        list[BundledProductSpecification] | None,
        Field(
            alias="bundledProductSpecification",
            description="A type of ProductSpecification that belongs to a grouping of ProductSpecifications made available to the market. It inherits of all attributes of ProductSpecification.",
        ),
    ] = None
    product_spec_characteristic: Annotated[
        list[ProductSpecificationCharacteristic] | None,
        Field(
            alias="productSpecCharacteristic",
            description="A characteristic quality or distinctive feature of a ProductSpecification.  The characteristic can be take on a discrete value, such as color, can take on a range of values, (for example, sensitivity of 100-240 mV), or can be derived from a formula (for example, usage time (hrs) = 30 - talk time *3). Certain characteristics, such as color, may be configured during the ordering or some other process.",
        ),
    ] = None
    product_specification_relationship: Annotated[
        list[ProductSpecificationRelationship] | None,
        Field(
            alias="productSpecificationRelationship",
            description="A migration, substitution, dependency or exclusivity relationship between/among product specifications.",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A related party defines party or party role linked to a specific entity.",
        ),
    ] = None
    resource_specification: Annotated[
        list[ResourceSpecificationRef] | None,
        Field(
            alias="resourceSpecification",
            description="The ResourceSpecification is required to realize a ProductSpecification.",
        ),
    ] = None
    service_specification: Annotated[
        list[ServiceSpecificationRef] | None,
        Field(
            alias="serviceSpecification",
            description="ServiceSpecification(s) required to realize a ProductSpecification.",
        ),
    ] = None
    target_product_schema: Annotated[
        TargetProductSchema | None,
        Field(
            alias="targetProductSchema",
            description="A target product schema reference. The reference object to the schema and type of target product which is described by product specification.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the product specification is valid",
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


class ProductSpecificationCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductSpecificationCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductSpecificationCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_specification: Annotated[
        ProductSpecification | None,
        Field(
            alias="productSpecification",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductSpecificationDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = (
        None
    )
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
    event: Annotated[
        ProductSpecificationDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductSpecificationDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_specification: Annotated[
        ProductSpecification | None,
        Field(
            alias="productSpecification",
            description="The involved resource data for the event",
        ),
    ] = None


class ProductSpecificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    version: Annotated[
        str | None, Field(description="Version of the product specification")
    ] = None
    target_product_schema: Annotated[
        TargetProductSchema | None,
        Field(
            alias="targetProductSchema",
            description="A target product schema reference. The reference object to the schema and type of target product which is described by product specification.",
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductSpecificationRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the productSpecification")
    ] = None
    href: Annotated[
        str | None, Field(description="Reference of the productSpecification")
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType",
            description="Type of relationship such as migration, substitution, dependency, exclusivity",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the productSpecificationRelationship is valid",
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


class ProductSpecificationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    brand: Annotated[
        str | None,
        Field(description="The manufacturer or trademark of the specification"),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail what the product specification is"
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="isBundle determines whether a productSpecification represents a single productSpecification (false), or a bundle of productSpecification (true).",
        ),
    ] = None
    lifecycle_status: Annotated[
        str | None,
        Field(
            alias="lifecycleStatus",
            description="Used to indicate the current lifecycle status",
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the product specification")
    ] = None
    product_number: Annotated[
        str | None,
        Field(
            alias="productNumber",
            description="An identification number assigned to uniquely identity the specification",
        ),
    ] = None
    version: Annotated[
        str | None, Field(description="Product specification version")
    ] = None
    attachment: Annotated[
        list[AttachmentRefOrValue] | None,
        Field(
            description="Complements the description of an element (for instance a product) through video, pictures..."
        ),
    ] = None
    bundled_product_specification: Annotated[
        list[BundledProductSpecification] | None,
        Field(
            alias="bundledProductSpecification",
            description="A type of ProductSpecification that belongs to a grouping of ProductSpecifications made available to the market. It inherits of all attributes of ProductSpecification.",
        ),
    ] = None
    product_spec_characteristic: Annotated[
        list[ProductSpecificationCharacteristic] | None,
        Field(
            alias="productSpecCharacteristic",
            description="A characteristic quality or distinctive feature of a ProductSpecification.  The characteristic can be take on a discrete value, such as color, can take on a range of values, (for example, sensitivity of 100-240 mV), or can be derived from a formula (for example, usage time (hrs) = 30 - talk time *3). Certain characteristics, such as color, may be configured during the ordering or some other process.",
        ),
    ] = None
    product_specification_relationship: Annotated[
        list[ProductSpecificationRelationship] | None,
        Field(
            alias="productSpecificationRelationship",
            description="A migration, substitution, dependency or exclusivity relationship between/among product specifications.",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="A related party defines party or party role linked to a specific entity.",
        ),
    ] = None
    resource_specification: Annotated[
        list[ResourceSpecificationRef] | None,
        Field(
            alias="resourceSpecification",
            description="The ResourceSpecification is required to realize a ProductSpecification.",
        ),
    ] = None
    service_specification: Annotated[
        list[ServiceSpecificationRef] | None,
        Field(
            alias="serviceSpecification",
            description="ServiceSpecification(s) required to realize a ProductSpecification.",
        ),
    ] = None
    target_product_schema: Annotated[
        TargetProductSchema | None,
        Field(
            alias="targetProductSchema",
            description="A target product schema reference. The reference object to the schema and type of target product which is described by product specification.",
        ),
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(
            alias="validFor",
            description="The period for which the product specification is valid",
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


class Quantity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[
        float | None, Field(description="Numeric value in a given unit")
    ] = 1
    units: Annotated[str | None, Field(description="Unit")] = None


class RelatedParty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: Annotated[
        str | None, Field(description="Role played by the related party")
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
    field_referred_type: Annotated[
        str,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ]


class ResourceCandidateRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the resource candidate")]
    href: Annotated[
        str | None, Field(description="Reference of the resource candidate")
    ] = None
    name: Annotated[str | None, Field(description="Name of the resource candidate")] = (
        None
    )
    version: Annotated[
        str | None, Field(description="Version of the resource candidate")
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ResourceSpecificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str, Field(description="Unique identifier of the resource specification")
    ]
    href: Annotated[
        str | None, Field(description="Reference of the resource specification")
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the requiredResourceSpecification")
    ] = None
    version: Annotated[
        str | None, Field(description="Resource specification version")
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class SLARef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str, Field(description="Unique identifier of service level agreement")
    ]
    href: Annotated[
        str | None, Field(description="Reference of the service level agreement")
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the service level agreement")
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ServiceCandidateRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the service candidate")]
    href: Annotated[
        str | None, Field(description="Unique reference of the service candidate")
    ] = None
    name: Annotated[str | None, Field(description="Name of the service candidate")] = (
        None
    )
    version: Annotated[
        str | None, Field(description="Version of the service candidate")
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ServiceSpecificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str, Field(description="Unique identifier of the service specification")
    ]
    href: Annotated[
        str | None, Field(description="Reference of the serviceSpecification")
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the requiredServiceSpecification")
    ] = None
    version: Annotated[
        str | None, Field(description="Service specification version")
    ] = None
    target_service_schema: Annotated[
        TargetServiceSchema | None,
        Field(
            alias="targetServiceSchema",
            description="A target service schema reference (TargetServiceSchemaRef). The reference object to the schema and type of target service which is described by service specification.",
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
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class TargetProductSchema(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        str,
        Field(
            alias="@schemaLocation",
            description="This field provides a link to the schema describing the target product",
        ),
    ]
    field_type: Annotated[
        str, Field(alias="@type", description="Class type of the target product")
    ]


class TargetServiceSchema(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    field_base_type: Annotated[
        str | None,
        Field(
            alias="@baseType",
            description="When sub-classing, this defines the super-class",
        ),
    ] = None
    field_schema_location: Annotated[
        str,
        Field(
            alias="@schemaLocation",
            description="This field provides a link to the schema describing the target service",
        ),
    ]
    field_type: Annotated[
        str, Field(alias="@type", description="Class type of the target service")
    ]


class TaxItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tax_category: Annotated[
        str | None, Field(alias="taxCategory", description="Tax category")
    ] = None
    tax_rate: Annotated[
        float | None, Field(alias="taxRate", description="Applied rate of the tax")
    ] = None
    tax_amount: Annotated[
        Money | None,
        Field(
            alias="taxAmount",
            description="Amount of tax expressed in the given currency",
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


class TimePeriod(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    end_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="endDateTime",
            description="End of the time period, using IETC-RFC-3339 format",
        ),
    ] = None
    start_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDateTime",
            description="Start of the time period, using IETC-RFC-3339 format. If you define a start, you must also define an end",
        ),
    ] = None
