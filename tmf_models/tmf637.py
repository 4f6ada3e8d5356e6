# Generated from specs/tmf/TMF637-ProductInventory-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class AgreementItemRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    agreement_item_id: Annotated[
        str | None,
        Field(alias="agreementItemId", description="Identifier of the agreement"),
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


class AnyModel(RootModel[Any]):
    root: Any


class BillingAccountRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the billing account")]
    href: Annotated[
        str | None, Field(description="Reference of the billing account")
    ] = None
    name: Annotated[str | None, Field(description="Name of the billing account")] = None
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


class Characteristic(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(description="Name of the characteristic")]
    value_type: Annotated[
        str | None,
        Field(
            alias="valueType",
            description="Data type of the value of the characteristic",
        ),
    ] = None
    value: Annotated[AnyModel, Field(description="The value of the characteristic")]
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


class Price(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    percentage: Annotated[
        float | None,
        Field(description="Percentage to apply for ProdOfferPriceAlteration"),
    ] = None
    tax_rate: Annotated[
        float | None, Field(alias="taxRate", description="Tax rate")
    ] = None
    duty_free_amount: Annotated[
        Money | None,
        Field(
            alias="dutyFreeAmount",
            description="All taxes excluded amount (expressed in the given currency)",
        ),
    ] = None
    tax_included_amount: Annotated[
        Money | None,
        Field(
            alias="taxIncludedAmount",
            description="All taxes included amount (expressed in the given currency)",
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


class PriceAlteration(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    application_duration: Annotated[
        int | None,
        Field(
            alias="applicationDuration",
            description="Duration during which the alteration applies on the order item price (for instance 2 months free of charge for the recurring charge)",
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail the semantics of this order item price alteration"
        ),
    ] = None
    name: Annotated[
        str | None, Field(description="Name of the order item price alteration")
    ] = None
    price_type: Annotated[
        str,
        Field(
            alias="priceType",
            description="A category that describes the price such as recurring, one time and usage.",
        ),
    ]
    priority: Annotated[
        int | None,
        Field(
            description="Priority level for applying this alteration among all the defined alterations on the order item price"
        ),
    ] = None
    recurring_charge_period: Annotated[
        str | None,
        Field(alias="recurringChargePeriod", description="Could be month, week..."),
    ] = None
    unit_of_measure: Annotated[
        str | None, Field(alias="unitOfMeasure", description="Could be minutes, GB...")
    ] = None
    price: Price
    product_offering_price: Annotated[
        ProductOfferingPriceRef | None, Field(alias="productOfferingPrice")
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


class Product(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the product")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the product")] = None
    description: Annotated[
        str | None,
        Field(
            description="Is the description of the product. It could be copied from the description of the Product Offering."
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.",
        ),
    ] = None
    is_customer_visible: Annotated[
        bool | None,
        Field(
            alias="isCustomerVisible",
            description="If true, the product is visible by the customer.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="Name of the product. It could be the same as the name of the product offering"
        ),
    ] = None
    order_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="orderDate", description="Is the date when the product was ordered"
        ),
    ] = None
    product_serial_number: Annotated[
        str | None,
        Field(
            alias="productSerialNumber",
            description="Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.",
        ),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDate", description="Is the date from which the product starts"
        ),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="terminationDate",
            description="Is the date when the product was terminated",
        ),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="productCharacteristic")
    ] = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_order_item: Annotated[
        list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")
    ] = None
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = (
        None
    )
    product_relationship: Annotated[
        list[ProductRelationship] | None, Field(alias="productRelationship")
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None, Field(alias="productSpecification")
    ] = None
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[
        list[ResourceRef] | None, Field(alias="realizingResource")
    ] = None
    realizing_service: Annotated[
        list[ServiceRef] | None, Field(alias="realizingService")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        ProductStatusType | None,
        Field(description="Is the lifecycle status of the product."),
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


class ProductAttributeValueChangeEvent(BaseModel):
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
        ProductAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product: Annotated[
        Product | None, Field(description="The involved resource data for the event")
    ] = None


class ProductBatchEvent(BaseModel):
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
        ProductBatchEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductBatchEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product: Annotated[
        Product | None, Field(description="The involved resource data for the event")
    ] = None


class ProductCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None,
        Field(
            description="Is the description of the product. It could be copied from the description of the Product Offering."
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.",
        ),
    ] = None
    is_customer_visible: Annotated[
        bool | None,
        Field(
            alias="isCustomerVisible",
            description="If true, the product is visible by the customer.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="Name of the product. It could be the same as the name of the product offering"
        ),
    ] = None
    order_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="orderDate", description="Is the date when the product was ordered"
        ),
    ] = None
    product_serial_number: Annotated[
        str | None,
        Field(
            alias="productSerialNumber",
            description="Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.",
        ),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDate", description="Is the date from which the product starts"
        ),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="terminationDate",
            description="Is the date when the product was terminated",
        ),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="productCharacteristic")
    ] = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_order_item: Annotated[
        list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")
    ] = None
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = (
        None
    )
    product_relationship: Annotated[
        list[ProductRelationship] | None, Field(alias="productRelationship")
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None, Field(alias="productSpecification")
    ] = None
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[
        list[ResourceRef] | None, Field(alias="realizingResource")
    ] = None
    realizing_service: Annotated[
        list[ServiceRef] | None, Field(alias="realizingService")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        ProductStatusType, Field(description="Is the lifecycle status of the product.")
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


class ProductCreateEvent(BaseModel):
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
        ProductCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product: Annotated[
        Product | None, Field(description="The involved resource data for the event")
    ] = None


class ProductDeleteEvent(BaseModel):
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
        ProductDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product: Annotated[
        Product | None, Field(description="The involved resource data for the event")
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


class ProductPrice(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail the semantics of this product price."
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(description='A short descriptive name such as "Subscription price".'),
    ] = None
    price_type: Annotated[
        str,
        Field(
            alias="priceType",
            description="A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.",
        ),
    ]
    recurring_charge_period: Annotated[
        str | None,
        Field(alias="recurringChargePeriod", description="Could be month, week..."),
    ] = None
    unit_of_measure: Annotated[
        str | None, Field(alias="unitOfMeasure", description="Could be minutes, GB...")
    ] = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    price: Price
    product_offering_price: Annotated[
        ProductOfferingPriceRef | None, Field(alias="productOfferingPrice")
    ] = None
    product_price_alteration: Annotated[
        list[PriceAlteration] | None, Field(alias="productPriceAlteration")
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


class ProductRef(BaseModel):
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


class ProductRefOrValue(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the product")] = (
        None
    )
    href: Annotated[str | None, Field(description="Reference of the product")] = None
    description: Annotated[
        str | None,
        Field(
            description="Is the description of the product. It could be copied from the description of the Product Offering."
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.",
        ),
    ] = None
    is_customer_visible: Annotated[
        bool | None,
        Field(
            alias="isCustomerVisible",
            description="If true, the product is visible by the customer.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="Name of the product. It could be the same as the name of the product offering"
        ),
    ] = None
    order_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="orderDate", description="Is the date when the product was ordered"
        ),
    ] = None
    product_serial_number: Annotated[
        str | None,
        Field(
            alias="productSerialNumber",
            description="Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.",
        ),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDate", description="Is the date from which the product starts"
        ),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="terminationDate",
            description="Is the date when the product was terminated",
        ),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="productCharacteristic")
    ] = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_order_item: Annotated[
        list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")
    ] = None
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = (
        None
    )
    product_relationship: Annotated[
        list[ProductRelationship] | None, Field(alias="productRelationship")
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None, Field(alias="productSpecification")
    ] = None
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[
        list[ResourceRef] | None, Field(alias="realizingResource")
    ] = None
    realizing_service: Annotated[
        list[ServiceRef] | None, Field(alias="realizingService")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        ProductStatusType | None,
        Field(description="Is the lifecycle status of the product."),
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


class ProductRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    relationship_type: Annotated[
        str,
        Field(
            alias="relationshipType",
            description="Type of the product relationship, such as [bundled] if the product is a bundle and you want to describe the bundled products inside this bundle; [reliesOn] if the product needs another already owned product to rely on (e.g. an option on an already owned mobile access product) [targets] or [isTargeted] (depending on the way of expressing the link) for any other kind of links that may be useful",
        ),
    ]
    product: ProductRefOrValue
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


class ProductStateChangeEvent(BaseModel):
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
        ProductStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product: Annotated[
        Product | None, Field(description="The involved resource data for the event")
    ] = None


class ProductStatusType(StrEnum):
    created = "created"
    pending_active = "pendingActive"
    cancelled = "cancelled"
    active = "active"
    pending_terminate = "pendingTerminate"
    terminated = "terminated"
    suspended = "suspended"
    aborted_ = "aborted "


class ProductTerm(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productTerm")
    ] = None
    name: Annotated[str | None, Field(description="Name of the productTerm")] = None
    duration: Annotated[
        Quantity | None, Field(description="Duration of the productTerm")
    ] = None
    valid_for: Annotated[
        TimePeriod | None,
        Field(alias="validFor", description="productTerm validity period"),
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


class ProductUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None,
        Field(
            description="Is the description of the product. It could be copied from the description of the Product Offering."
        ),
    ] = None
    is_bundle: Annotated[
        bool | None,
        Field(
            alias="isBundle",
            description="If true, the product is a ProductBundle which is an instantiation of a BundledProductOffering. If false, the product is a ProductComponent which is an instantiation of a SimpleProductOffering.",
        ),
    ] = None
    is_customer_visible: Annotated[
        bool | None,
        Field(
            alias="isCustomerVisible",
            description="If true, the product is visible by the customer.",
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="Name of the product. It could be the same as the name of the product offering"
        ),
    ] = None
    order_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="orderDate", description="Is the date when the product was ordered"
        ),
    ] = None
    product_serial_number: Annotated[
        str | None,
        Field(
            alias="productSerialNumber",
            description="Is the serial number for the product. This is typically applicable to tangible products e.g. Broadband Router.",
        ),
    ] = None
    start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDate", description="Is the date from which the product starts"
        ),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="terminationDate",
            description="Is the date when the product was terminated",
        ),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[
        list[Characteristic] | None, Field(alias="productCharacteristic")
    ] = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_order_item: Annotated[
        list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")
    ] = None
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = (
        None
    )
    product_relationship: Annotated[
        list[ProductRelationship] | None, Field(alias="productRelationship")
    ] = None
    product_specification: Annotated[
        ProductSpecificationRef | None, Field(alias="productSpecification")
    ] = None
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[
        list[ResourceRef] | None, Field(alias="realizingResource")
    ] = None
    realizing_service: Annotated[
        list[ServiceRef] | None, Field(alias="realizingService")
    ] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    status: Annotated[
        ProductStatusType | None,
        Field(description="Is the lifecycle status of the product."),
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


class RelatedPlaceRefOrValue(BaseModel):
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
    role: str
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


class RelatedProductOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_item_action: Annotated[
        str | None,
        Field(
            alias="orderItemAction",
            description="Action of the order item for this product",
        ),
    ] = None
    order_item_id: Annotated[
        str,
        Field(
            alias="orderItemId",
            description="Identifier of the order item where the product was managed",
        ),
    ]
    product_order_href: Annotated[
        str | None,
        Field(alias="productOrderHref", description="Reference of the related entity."),
    ] = None
    product_order_id: Annotated[
        str,
        Field(
            alias="productOrderId", description="Unique identifier of a related entity."
        ),
    ]
    role: Annotated[
        str | None, Field(description="role of the product order item for this product")
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


class ResourceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the resource")] = None
    value: Annotated[
        str | None,
        Field(
            description="The resource value that can be used to identify a resource with a public key (e.g.: a tel nr, an msisdn)"
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


class ServiceRef(BaseModel):
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


Product.model_rebuild()
ProductAttributeValueChangeEvent.model_rebuild()
ProductBatchEvent.model_rebuild()
ProductCreate.model_rebuild()
ProductCreateEvent.model_rebuild()
ProductDeleteEvent.model_rebuild()
ProductRefOrValue.model_rebuild()
ProductStateChangeEvent.model_rebuild()
ProductUpdate.model_rebuild()
