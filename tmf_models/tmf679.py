# Generated from specs/tmf/TMF679-ProductOfferingQualification-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

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
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    agreement_item_id: Annotated[
        str | None, Field(alias="agreementItemId", description="Identifier of the agreement")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class AlternateProductOfferingProposal(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of a alternate product offering proposal")] = None
    alternate_activation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="alternateActivationDate",
            description="Alternate activation date in case seller is not able to meet requested expected activation date.",
        ),
    ] = None
    alternate_product: Annotated[
        ProductRefOrValue | None, Field(alias="alternateProduct", description="Alternate product proposal")
    ] = None
    alternate_product_offering: Annotated[
        ProductOfferingRef | None,
        Field(alias="alternateProductOffering", description="Alternate product offering proposal"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class AnyModel(RootModel[Any]):
    root: Any


class BillingAccountRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of the billing account")]
    href: Annotated[str | None, Field(description="Reference of the billing account")] = None
    name: Annotated[str | None, Field(description="Name of the billing account")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class CategoryRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    version: Annotated[str | None, Field(description="Category version")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ChannelRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the channel.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
        str | None, Field(alias="valueType", description="Data type of the value of the characteristic")
    ] = None
    value: Annotated[AnyModel, Field(description="The value of the characteristic")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class EligibilityUnavailabilityReason(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[str | None, Field(description="Unavailability reason code.")] = None
    label: Annotated[str | None, Field(description="Unavailability reason label.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class EntityRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
        str, Field(description="Application relevant detail, defined in the API or a common list.")
    ]
    reason: Annotated[
        str, Field(description="Explanation of the reason for the error which can be shown to a client user.")
    ]
    message: Annotated[
        str | None,
        Field(
            description="More details and corrective actions related to the error which can be shown to a client user."
        ),
    ] = None
    status: Annotated[str | None, Field(description="HTTP Error code extension")] = None
    reference_error: Annotated[
        AnyUrl | None, Field(alias="referenceError", description="URI of documentation describing the error.")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class.")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name."),
    ] = None


class EventSubscription(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of the listener")]
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = None


class EventSubscriptionInput(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback: Annotated[str, Field(description="The callback being registered.")]
    query: Annotated[str | None, Field(description="additional data to be passed")] = None


class Model(RootModel[Any]):
    root: Any


class Money(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    unit: Annotated[
        str | None, Field(description="Currency (ISO4217 norm uses 3 letters to define the currency)")
    ] = None
    value: Annotated[float | None, Field(description="A positive floating point number")] = None


class Note(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str,
        Field(
            description="Identifier of the note within its containing entity (may or may not be globally unique, depending on provider implementation)"
        ),
    ]
    author: Annotated[str | None, Field(description="Author of the note")] = None
    date: Annotated[AwareDatetime | None, Field(description="Date of the note")] = None
    text: Annotated[str, Field(description="Text of the note")]
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class Place(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = None
    href: Annotated[str | None, Field(description="Unique reference of the place")] = None
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class PlaceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
        float | None, Field(description="Percentage to apply for ProdOfferPriceAlteration")
    ] = None
    tax_rate: Annotated[float | None, Field(alias="taxRate", description="Tax rate")] = None
    duty_free_amount: Annotated[
        Money | None,
        Field(
            alias="dutyFreeAmount", description="All taxes excluded amount (expressed in the given currency)"
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
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
    name: Annotated[str | None, Field(description="Name of the order item price alteration")] = None
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
        str | None, Field(alias="recurringChargePeriod", description="Could be month, week...")
    ] = None
    unit_of_measure: Annotated[
        str | None, Field(alias="unitOfMeasure", description="Could be minutes, GB...")
    ] = None
    price: Price
    product_offering_price: Annotated[ProductOfferingPriceRef | None, Field(alias="productOfferingPrice")] = (
        None
    )
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class Product(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the product")] = None
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
        Field(alias="isCustomerVisible", description="If true, the product is visible by the customer."),
    ] = None
    name: Annotated[
        str | None,
        Field(description="Name of the product. It could be the same as the name of the product offering"),
    ] = None
    order_date: Annotated[
        AwareDatetime | None, Field(alias="orderDate", description="Is the date when the product was ordered")
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
        Field(alias="startDate", description="Is the date from which the product starts"),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(alias="terminationDate", description="Is the date when the product was terminated"),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[BillingAccountRef | None, Field(alias="billingAccount")] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[list[Characteristic] | None, Field(alias="productCharacteristic")] = (
        None
    )
    product_offering: Annotated[ProductOfferingRef | None, Field(alias="productOffering")] = None
    product_order_item: Annotated[list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")] = (
        None
    )
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = None
    product_relationship: Annotated[list[ProductRelationship] | None, Field(alias="productRelationship")] = (
        None
    )
    product_specification: Annotated[ProductSpecificationRef | None, Field(alias="productSpecification")] = (
        None
    )
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[list[ResourceRef] | None, Field(alias="realizingResource")] = None
    realizing_service: Annotated[list[ServiceRef] | None, Field(alias="realizingService")] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    status: Annotated[
        ProductStatusType | None, Field(description="Is the lifecycle status of the product.")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ProductActionType(StrEnum):
    add = "add"
    modify = "modify"
    delete = "delete"
    no_change = "noChange"


class ProductOfferingPriceRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
    ] = None


class ProductOfferingQualification(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="Unique identifier of the productOfferingQualification resource")
    ] = None
    href: Annotated[str | None, Field(description="Hyperlink to access the productOfferingQualification")] = (
        None
    )
    description: Annotated[
        str | None, Field(description="Description of the productOfferingQualification")
    ] = None
    effective_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQualificationDate",
            description="Effective date to productOfferingQualification completion",
        ),
    ] = None
    expected_poq_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedPOQCompletionDate",
            description="Date when the requester expect to provide an answer for the qualification request",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(alias="expirationDate", description="Date the qualification response expires"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    product_offering_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="productOfferingQualificationDate",
            description="Date when the productOfferingQualification has been submitted",
        ),
    ] = None
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description='An indicator which when the value is "true" means that alternative solutions should be provided',
        ),
    ] = None
    provide_only_available: Annotated[
        bool | None,
        Field(
            alias="provideOnlyAvailable",
            description='An indicator which when the value is "true" means that only available product offering must be listed in the response',
        ),
    ] = None
    provide_unavailability_reason: Annotated[
        bool | None,
        Field(
            alias="provideUnavailabilityReason",
            description='An indicator which when the value is "true" means that unavailability reason are expected for non available product offering',
        ),
    ] = None
    qualification_result: Annotated[
        str | None,
        Field(
            alias="qualificationResult",
            description="Result of the qualification (example: green, yellow, red)",
        ),
    ] = None
    requested_poq_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedPOQCompletionDate",
            description="Deadline date when the requester expected a qualification answer",
        ),
    ] = None
    category: CategoryRef | None = None
    channel: Annotated[ChannelRef | None, Field(description="Channel used for the qualification")] = None
    note: Annotated[
        list[Note] | None, Field(description="Free form text associated with the qualification request")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product_offering_qualification_item: Annotated[
        list[ProductOfferingQualificationItem] | None,
        Field(
            alias="productOfferingQualificationItem",
            description="Qualification item for a product or a category",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="Party playing a role for this qualification (as requester for example)",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(description="State of the productOfferingQualification defined in the state engine"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ProductOfferingQualificationAttributeValueChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        ProductOfferingQualificationAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingQualificationAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_qualification: Annotated[
        ProductOfferingQualification | None,
        Field(alias="productOfferingQualification", description="The involved resource data for the event"),
    ] = None


class ProductOfferingQualificationCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOfferingQualification")
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description='An indicator which when the value is "true" means that alternative solutions should be provided',
        ),
    ] = None
    provide_only_available: Annotated[
        bool | None,
        Field(
            alias="provideOnlyAvailable",
            description='An indicator which when the value is "true" means that only available product offering must be listed in the response',
        ),
    ] = None
    provide_unavailability_reason: Annotated[
        bool | None,
        Field(
            alias="provideUnavailabilityReason",
            description='An indicator which when the value is "true" means that unavailability reason are expected for non available product offering',
        ),
    ] = None
    requested_poq_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedPOQCompletionDate",
            description="Deadline date when the requester expected a qualification answer",
        ),
    ] = None
    category: CategoryRef | None = None
    channel: Annotated[ChannelRef | None, Field(description="Channel used for the qualification")] = None
    note: Annotated[
        list[Note] | None, Field(description="Free form text associated with the qualification request")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product_offering_qualification_item: Annotated[
        list[ProductOfferingQualificationItem] | None,
        Field(
            alias="productOfferingQualificationItem",
            description="Qualification item for a product or a category",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="Party playing a role for this qualification (as requester for example)",
        ),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ProductOfferingQualificationCreateEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    event: Annotated[
        ProductOfferingQualificationCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingQualificationCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_qualification: Annotated[
        ProductOfferingQualification | None,
        Field(alias="productOfferingQualification", description="The involved resource data for the event"),
    ] = None


class ProductOfferingQualificationDeleteEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    event: Annotated[
        ProductOfferingQualificationDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingQualificationDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_qualification: Annotated[
        ProductOfferingQualification | None,
        Field(alias="productOfferingQualification", description="The involved resource data for the event"),
    ] = None


class ProductOfferingQualificationInformationRequiredEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    field_path: Annotated[
        str | None,
        Field(
            alias="fieldPath",
            description="The path identifying the object field concerned by this notification.",
        ),
    ] = None
    event: Annotated[
        ProductOfferingQualificationInformationRequiredEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingQualificationInformationRequiredEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_qualification: Annotated[
        ProductOfferingQualification | None,
        Field(alias="productOfferingQualification", description="The involved resource data for the event"),
    ] = None


class ProductOfferingQualificationItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of the productOfferingQualification item")]
    expected_activation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedActivationDate",
            description="Date when the requester look for productOfferingQualification activation",
        ),
    ] = None
    qualification_item_result: Annotated[
        str | None,
        Field(
            alias="qualificationItemResult",
            description="Qualification result for this productOfferingQualification item. It could be:\n\n qualified (request productOffering or productSpecification are available), \n unqualified (requested not available and not alternate available),\n alternate (requested not available but proposal available)\n",
        ),
    ] = None
    action: Annotated[
        ProductActionType | None,
        Field(description='Can be "add" / "modify" / "no_change"/ "delete" - by default add is considered'),
    ] = None
    alternate_product_offering_proposal: Annotated[
        list[AlternateProductOfferingProposal] | None, Field(alias="alternateProductOfferingProposal")
    ] = None
    eligibility_unavailability_reason: Annotated[
        list[EligibilityUnavailabilityReason] | None, Field(alias="eligibilityUnavailabilityReason")
    ] = None
    note: list[Note] | None = None
    product: ProductRefOrValue | None = None
    product_offering: Annotated[ProductOfferingRef | None, Field(alias="productOffering")] = None
    qualification_item_relationship: Annotated[
        list[QualificationItemRelationship] | None, Field(alias="qualificationItemRelationship")
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(description="State of the productOfferingQualification item defined in the state engine"),
    ] = None
    termination_error: Annotated[list[TerminationError] | None, Field(alias="terminationError")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ProductOfferingQualificationStateChangeEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Identifier of the Process flow")] = None
    href: Annotated[str | None, Field(description="Reference of the ProcessFlow")] = None
    event_id: Annotated[
        str | None, Field(alias="eventId", description="The identifier of the notification.")
    ] = None
    event_time: Annotated[
        AwareDatetime | None, Field(alias="eventTime", description="Time of the event occurrence.")
    ] = None
    event_type: Annotated[
        str | None, Field(alias="eventType", description="The type of the notification.")
    ] = None
    correlation_id: Annotated[
        str | None, Field(alias="correlationId", description="The correlation id for this event.")
    ] = None
    domain: Annotated[str | None, Field(description="The domain of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
    description: Annotated[str | None, Field(description="An explnatory of the event.")] = None
    priority: Annotated[str | None, Field(description="A priority.")] = None
    time_ocurred: Annotated[
        AwareDatetime | None, Field(alias="timeOcurred", description="The time the event occured.")
    ] = None
    event: Annotated[
        ProductOfferingQualificationStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOfferingQualificationStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_offering_qualification: Annotated[
        ProductOfferingQualification | None,
        Field(alias="productOfferingQualification", description="The involved resource data for the event"),
    ] = None


class ProductOfferingQualificationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOfferingQualification")
    ] = None
    effective_qualification_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveQualificationDate",
            description="Effective date to productOfferingQualification completion",
        ),
    ] = None
    expected_poq_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedPOQCompletionDate",
            description="Date when the requester expect to provide an answer for the qualification request",
        ),
    ] = None
    expiration_date: Annotated[
        AwareDatetime | None,
        Field(alias="expirationDate", description="Date the qualification response expires"),
    ] = None
    instant_sync_qualification: Annotated[
        bool | None,
        Field(
            alias="instantSyncQualification",
            description='An indicator which when the value is "true" means that requester expects to get qualifcation result immediately in the response. If the indicator is true then the response code of 200 indicates the operation is successful otherwise a task is created with a response 201.',
        ),
    ] = None
    provide_alternative: Annotated[
        bool | None,
        Field(
            alias="provideAlternative",
            description='An indicator which when the value is "true" means that alternative solutions should be provided',
        ),
    ] = None
    provide_only_available: Annotated[
        bool | None,
        Field(
            alias="provideOnlyAvailable",
            description='An indicator which when the value is "true" means that only available product offering must be listed in the response',
        ),
    ] = None
    provide_unavailability_reason: Annotated[
        bool | None,
        Field(
            alias="provideUnavailabilityReason",
            description='An indicator which when the value is "true" means that unavailability reason are expected for non available product offering',
        ),
    ] = None
    qualification_result: Annotated[
        str | None,
        Field(
            alias="qualificationResult",
            description="Result of the qualification (example: green, yellow, red)",
        ),
    ] = None
    requested_poq_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedPOQCompletionDate",
            description="Deadline date when the requester expected a qualification answer",
        ),
    ] = None
    category: CategoryRef | None = None
    channel: Annotated[ChannelRef | None, Field(description="Channel used for the qualification")] = None
    note: Annotated[
        list[Note] | None, Field(description="Free form text associated with the qualification request")
    ] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product_offering_qualification_item: Annotated[
        list[ProductOfferingQualificationItem] | None,
        Field(
            alias="productOfferingQualificationItem",
            description="Qualification item for a product or a category",
        ),
    ] = None
    related_party: Annotated[
        list[RelatedParty] | None,
        Field(
            alias="relatedParty",
            description="Party playing a role for this qualification (as requester for example)",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(description="State of the productOfferingQualification defined in the state engine"),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ProductOfferingRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
        Field(description="A narrative that explains in detail the semantics of this product price."),
    ] = None
    name: Annotated[
        str | None, Field(description='A short descriptive name such as "Subscription price".')
    ] = None
    price_type: Annotated[
        str,
        Field(
            alias="priceType",
            description="A category that describes the price, such as recurring, discount, allowance, penalty, and so forth.",
        ),
    ]
    recurring_charge_period: Annotated[
        str | None, Field(alias="recurringChargePeriod", description="Could be month, week...")
    ] = None
    unit_of_measure: Annotated[
        str | None, Field(alias="unitOfMeasure", description="Could be minutes, GB...")
    ] = None
    billing_account: Annotated[BillingAccountRef | None, Field(alias="billingAccount")] = None
    price: Price
    product_offering_price: Annotated[ProductOfferingPriceRef | None, Field(alias="productOfferingPrice")] = (
        None
    )
    product_price_alteration: Annotated[
        list[PriceAlteration] | None, Field(alias="productPriceAlteration")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ProductRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
    id: Annotated[str | None, Field(description="Unique identifier of the product")] = None
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
        Field(alias="isCustomerVisible", description="If true, the product is visible by the customer."),
    ] = None
    name: Annotated[
        str | None,
        Field(description="Name of the product. It could be the same as the name of the product offering"),
    ] = None
    order_date: Annotated[
        AwareDatetime | None, Field(alias="orderDate", description="Is the date when the product was ordered")
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
        Field(alias="startDate", description="Is the date from which the product starts"),
    ] = None
    termination_date: Annotated[
        AwareDatetime | None,
        Field(alias="terminationDate", description="Is the date when the product was terminated"),
    ] = None
    agreement: list[AgreementItemRef] | None = None
    billing_account: Annotated[BillingAccountRef | None, Field(alias="billingAccount")] = None
    place: list[RelatedPlaceRefOrValue] | None = None
    product: list[ProductRefOrValue] | None = None
    product_characteristic: Annotated[list[Characteristic] | None, Field(alias="productCharacteristic")] = (
        None
    )
    product_offering: Annotated[ProductOfferingRef | None, Field(alias="productOffering")] = None
    product_order_item: Annotated[list[RelatedProductOrderItem] | None, Field(alias="productOrderItem")] = (
        None
    )
    product_price: Annotated[list[ProductPrice] | None, Field(alias="productPrice")] = None
    product_relationship: Annotated[list[ProductRelationship] | None, Field(alias="productRelationship")] = (
        None
    )
    product_specification: Annotated[ProductSpecificationRef | None, Field(alias="productSpecification")] = (
        None
    )
    product_term: Annotated[list[ProductTerm] | None, Field(alias="productTerm")] = None
    realizing_resource: Annotated[list[ResourceRef] | None, Field(alias="realizingResource")] = None
    realizing_service: Annotated[list[ServiceRef] | None, Field(alias="realizingService")] = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = None
    status: Annotated[
        ProductStatusType | None, Field(description="Is the lifecycle status of the product.")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class ProductSpecificationRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    version: Annotated[str | None, Field(description="Version of the product specification")] = None
    target_product_schema: Annotated[
        TargetProductSchema | None,
        Field(
            alias="targetProductSchema",
            description="A target product schema reference. The reference object to the schema and type of target product which is described by product specification.",
        ),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None
    field_referred_type: Annotated[
        str | None,
        Field(
            alias="@referredType",
            description="The actual type of the target instance when needed for disambiguation.",
        ),
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
    description: Annotated[str | None, Field(description="Description of the productTerm")] = None
    name: Annotated[str | None, Field(description="Name of the productTerm")] = None
    duration: Annotated[Quantity | None, Field(description="Duration of the productTerm")] = None
    valid_for: Annotated[
        TimePeriod | None, Field(alias="validFor", description="productTerm validity period")
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class QualificationItemRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(
            description="Id of the ProductOfferingQualificationItem (from the same ProductOfferingQualificationItem)."
        ),
    ] = None
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType", description="Type of relationship (ex: reliesOn, connectedTo, etc...)"
        ),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class Quantity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[float | None, Field(description="Numeric value in a given unit")] = 1
    units: Annotated[str | None, Field(description="Unit")] = None


class RelatedParty(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    role: Annotated[str | None, Field(description="Role played by the related party")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
    id: Annotated[str | None, Field(description="Unique identifier of the place")] = None
    href: Annotated[str | None, Field(description="Unique reference of the place")] = None
    name: Annotated[
        str | None,
        Field(
            description="A user-friendly name for the place, such as [Paris Store], [London Store], [Main Home]"
        ),
    ] = None
    role: str
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
        str | None, Field(alias="orderItemAction", description="Action of the order item for this product")
    ] = None
    order_item_id: Annotated[
        str,
        Field(alias="orderItemId", description="Identifier of the order item where the product was managed"),
    ]
    product_order_href: Annotated[
        str | None, Field(alias="productOrderHref", description="Reference of the related entity.")
    ] = None
    product_order_id: Annotated[
        str, Field(alias="productOrderId", description="Unique identifier of a related entity.")
    ]
    role: Annotated[str | None, Field(description="role of the product order item for this product")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the resource")] = None
    value: Annotated[
        str | None,
        Field(
            description="The resource value that can be used to identify a resource with a public key (e.g.: a tel nr, an msisdn)"
        ),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
    href: Annotated[str | None, Field(description="Reference of the related entity.")] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
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
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
    ] = None
    field_schema_location: Annotated[
        str,
        Field(
            alias="@schemaLocation",
            description="This field provides a link to the schema describing the target product",
        ),
    ]
    field_type: Annotated[str, Field(alias="@type", description="Class type of the target product")]


class TaskStateType(StrEnum):
    acknowledged = "acknowledged"
    terminated_with_error = "terminatedWithError"
    in_progress = "inProgress"
    done = "done"


class TerminationError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(description="Unique identifier of the termination error")] = None
    value: Annotated[
        str | None,
        Field(
            description="Text to describe the termination error - for example: Unable to proceed to qualification because incomplete information provided"
        ),
    ] = None
    field_base_type: Annotated[
        str | None, Field(alias="@baseType", description="When sub-classing, this defines the super-class")
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
        Field(alias="@type", description="When sub-classing, this defines the sub-class entity name"),
    ] = None


class TimePeriod(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    end_date_time: Annotated[
        AwareDatetime | None,
        Field(alias="endDateTime", description="End of the time period, using IETC-RFC-3339 format"),
    ] = None
    start_date_time: Annotated[
        AwareDatetime | None,
        Field(
            alias="startDateTime",
            description="Start of the time period, using IETC-RFC-3339 format. If you define a start, you must also define an end",
        ),
    ] = None


AlternateProductOfferingProposal.model_rebuild()
Product.model_rebuild()
ProductOfferingQualification.model_rebuild()
ProductOfferingQualificationAttributeValueChangeEvent.model_rebuild()
ProductOfferingQualificationCreate.model_rebuild()
ProductOfferingQualificationCreateEvent.model_rebuild()
ProductOfferingQualificationDeleteEvent.model_rebuild()
ProductOfferingQualificationInformationRequiredEvent.model_rebuild()
ProductOfferingQualificationItem.model_rebuild()
ProductOfferingQualificationStateChangeEvent.model_rebuild()
ProductOfferingQualificationUpdate.model_rebuild()
ProductRefOrValue.model_rebuild()
