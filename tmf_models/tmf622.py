# Generated from specs/tmf/TMF622-ProductOrdering-v4.0.0.swagger.json by scripts/generate_tmf_models.py. Do not edit.

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


class AppointmentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="The identifier of the referred appointment")]
    href: Annotated[
        str | None, Field(description="The reference of the appointment")
    ] = None
    description: Annotated[
        str | None,
        Field(
            description="An explanatory text regarding the appointment made with a party"
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
            description="The actual type of the target instance when needed for disambiguation",
        ),
    ] = None


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


class CancelOrder(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="id of the cancellation request (this is not an order id)"),
    ] = None
    href: Annotated[
        str | None, Field(description="Hyperlink to access the cancellation request")
    ] = None
    cancellation_reason: Annotated[
        str | None,
        Field(
            alias="cancellationReason", description="Reason why the order is cancelled."
        ),
    ] = None
    effective_cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveCancellationDate",
            description="Date when the order is cancelled.",
        ),
    ] = None
    requested_cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedCancellationDate",
            description="Date when the submitter wants the order to be cancelled",
        ),
    ] = None
    state: Annotated[
        TaskStateType | None,
        Field(
            description="Tracks the lifecycle status of the cancellation request, such as Acknowledged, Rejected, InProgress, Pending and so on."
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


class CancelProductOrder(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(description="id of the cancellation request (this is not an order id)"),
    ] = None
    href: Annotated[
        str | None, Field(description="Hyperlink to access the cancellation request")
    ] = None
    cancellation_reason: Annotated[
        str | None,
        Field(
            alias="cancellationReason", description="Reason why the order is cancelled."
        ),
    ] = None
    effective_cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="effectiveCancellationDate",
            description="Date when the order is cancelled.",
        ),
    ] = None
    requested_cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedCancellationDate",
            description="Date when the submitter wants the order to be cancelled",
        ),
    ] = None
    product_order: Annotated[ProductOrderRef, Field(alias="productOrder")]
    state: Annotated[
        TaskStateType | None,
        Field(
            description="Tracks the lifecycle status of the cancellation request, such as Acknowledged, Rejected, InProgress, Pending and so on."
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


class CancelProductOrderCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cancellation_reason: Annotated[
        str | None,
        Field(
            alias="cancellationReason", description="Reason why the order is cancelled."
        ),
    ] = None
    requested_cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedCancellationDate",
            description="Date when the submitter wants the order to be cancelled",
        ),
    ] = None
    product_order: Annotated[ProductOrderRef, Field(alias="productOrder")]
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


class CancelProductOrderCreateEvent(BaseModel):
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
        CancelProductOrderCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CancelProductOrderCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cancel_product_order: Annotated[
        CancelProductOrder | None,
        Field(
            alias="cancelProductOrder",
            description="The involved resource data for the event",
        ),
    ] = None


class CancelProductOrderInformationRequiredEvent(BaseModel):
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
        CancelProductOrderInformationRequiredEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CancelProductOrderInformationRequiredEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cancel_product_order: Annotated[
        CancelProductOrder | None,
        Field(
            alias="cancelProductOrder",
            description="The involved resource data for the event",
        ),
    ] = None


class CancelProductOrderStateChangeEvent(BaseModel):
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
        CancelProductOrderStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class CancelProductOrderStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cancel_product_order: Annotated[
        CancelProductOrder | None,
        Field(
            alias="cancelProductOrder",
            description="The involved resource data for the event",
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


class Note(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None,
        Field(
            description="Identifier of the note within its containing entity (may or may not be globally unique, depending on provider implementation)"
        ),
    ] = None
    author: Annotated[str | None, Field(description="Author of the note")] = None
    date: Annotated[AwareDatetime | None, Field(description="Date of the note")] = None
    text: Annotated[str, Field(description="Text of the note")]
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


class OrderItemActionType(StrEnum):
    add = "add"
    modify = "modify"
    delete = "delete"
    no_change = "noChange"


class OrderItemRelationship(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str | None = None
    relationship_type: Annotated[
        str | None,
        Field(
            alias="relationshipType", description="The type of order item relationship"
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


class OrderPrice(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None,
        Field(
            description="A narrative that explains in detail the semantics of this order item price."
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(description='A short descriptive name such as "Subscription price".'),
    ] = None
    price_type: Annotated[
        str | None,
        Field(
            alias="priceType",
            description="A category that describes the price, such as recurring, discount, allowance, penalty, and so forth",
        ),
    ] = None
    recurring_charge_period: Annotated[
        str | None,
        Field(alias="recurringChargePeriod", description="Could be month, week..."),
    ] = None
    unit_of_measure: Annotated[
        str | None, Field(alias="unitOfMeasure", description="Could be minutes, GB...")
    ] = None
    billing_account: Annotated[
        BillingAccountRef | None,
        Field(
            alias="billingAccount",
            description="A reference to a billing account used for paid the order price charge",
        ),
    ] = None
    price: Annotated[
        Price | None, Field(description="a structure used to define price amount")
    ] = None
    price_alteration: Annotated[
        list[PriceAlteration] | None,
        Field(
            alias="priceAlteration",
            description="a strucuture used to describe a price alteration",
        ),
    ] = None
    product_offering_price: Annotated[
        ProductOfferingPriceRef | None,
        Field(
            alias="productOfferingPrice",
            description="An amount, usually of money, that is asked for or allowed when a ProductOffering is bought, rented, or leased. The price is valid for a defined period of time.",
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


class OrderTerm(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: Annotated[
        str | None, Field(description="Description of the productOrderTerm")
    ] = None
    name: Annotated[str | None, Field(description="Name of the productOrderTerm")] = (
        None
    )
    duration: Annotated[
        Quantity | None, Field(description="Duration of the productOrderTerm")
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


class PaymentRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="A name for the payment")] = None
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


class ProductOfferingQualificationItemRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str, Field(description="Id of an item of a product offering qualification")
    ]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    product_offering_qualification_href: Annotated[
        str | None,
        Field(
            alias="productOfferingQualificationHref",
            description="Reference of the related entity.",
        ),
    ] = None
    product_offering_qualification_id: Annotated[
        str,
        Field(
            alias="productOfferingQualificationId",
            description="Unique identifier of a related entity.",
        ),
    ]
    product_offering_qualification_name: Annotated[
        str | None,
        Field(
            alias="productOfferingQualificationName",
            description="Name of the related entity.",
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


class ProductOfferingQualificationRef(BaseModel):
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


class ProductOrder(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str | None, Field(description="ID created on repository side (OM system)")
    ] = None
    href: Annotated[str | None, Field(description="Hyperlink to access the order")] = (
        None
    )
    cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="cancellationDate",
            description="Date when the order is cancelled. This is used when order is cancelled. ",
        ),
    ] = None
    cancellation_reason: Annotated[
        str | None,
        Field(
            alias="cancellationReason",
            description="Reason why the order is cancelled. This is used when order is cancelled. ",
        ),
    ] = None
    category: Annotated[
        str | None,
        Field(
            description='Used to categorize the order from a business perspective that can be useful for the OM system (e.g. "enterprise", "residential", ...)'
        ),
    ] = None
    completion_date: Annotated[
        AwareDatetime | None,
        Field(alias="completionDate", description="Date when the order was completed"),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the product order")
    ] = None
    expected_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedCompletionDate",
            description="Expected delivery date amended by the provider",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            description="ID given by the consumer and only understandable by him (to facilitate his searches afterwards)",
        ),
    ] = None
    notification_contact: Annotated[
        str | None,
        Field(
            alias="notificationContact",
            description="Contact attached to the order to send back information regarding this order",
        ),
    ] = None
    order_date: Annotated[
        AwareDatetime | None,
        Field(alias="orderDate", description="Date when the order was created"),
    ] = None
    priority: Annotated[
        str | None,
        Field(
            description="A way that can be used by consumers to prioritize orders in OM system (from 0 to 4 : 0 is the highest priority, and 4 the lowest)"
        ),
    ] = None
    requested_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedCompletionDate",
            description="Requested delivery date from the requestor perspective",
        ),
    ] = None
    requested_start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedStartDate",
            description="Order fulfillment start date wished by the requestor. This is used when, for any reason, requestor cannot allow seller to begin to operationally begin the fulfillment before a date. ",
        ),
    ] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="A reference to an agreement defined in the context of the product order"
        ),
    ] = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    channel: list[RelatedChannel] | None = None
    note: list[Note] | None = None
    order_total_price: Annotated[
        list[OrderPrice] | None, Field(alias="orderTotalPrice")
    ] = None
    payment: list[PaymentRef] | None = None
    product_offering_qualification: Annotated[
        list[ProductOfferingQualificationRef] | None,
        Field(alias="productOfferingQualification"),
    ] = None
    product_order_item: Annotated[
        list[ProductOrderItem], Field(alias="productOrderItem", min_length=1)
    ]
    quote: list[QuoteRef] | None = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    state: Annotated[
        ProductOrderStateType | None,
        Field(
            description="Tracks the lifecycle status of the product order, such as Acknowledged, Rejected, InProgress, Pending and so on."
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


class ProductOrderAttributeValueChangeEvent(BaseModel):
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
        ProductOrderAttributeValueChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOrderAttributeValueChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_order: Annotated[
        ProductOrder | None,
        Field(
            alias="productOrder", description="The involved resource data for the event"
        ),
    ] = None


class ProductOrderCreate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="cancellationDate",
            description="Date when the order is cancelled. This is used when order is cancelled. ",
        ),
    ] = None
    cancellation_reason: Annotated[
        str | None,
        Field(
            alias="cancellationReason",
            description="Reason why the order is cancelled. This is used when order is cancelled. ",
        ),
    ] = None
    category: Annotated[
        str | None,
        Field(
            description='Used to categorize the order from a business perspective that can be useful for the OM system (e.g. "enterprise", "residential", ...)'
        ),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the product order")
    ] = None
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            description="ID given by the consumer and only understandable by him (to facilitate his searches afterwards)",
        ),
    ] = None
    notification_contact: Annotated[
        str | None,
        Field(
            alias="notificationContact",
            description="Contact attached to the order to send back information regarding this order",
        ),
    ] = None
    priority: Annotated[
        str | None,
        Field(
            description="A way that can be used by consumers to prioritize orders in OM system (from 0 to 4 : 0 is the highest priority, and 4 the lowest)"
        ),
    ] = None
    requested_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedCompletionDate",
            description="Requested delivery date from the requestor perspective",
        ),
    ] = None
    requested_start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedStartDate",
            description="Order fulfillment start date wished by the requestor. This is used when, for any reason, requestor cannot allow seller to begin to operationally begin the fulfillment before a date. ",
        ),
    ] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="A reference to an agreement defined in the context of the product order"
        ),
    ] = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    channel: list[RelatedChannel] | None = None
    note: list[Note] | None = None
    order_total_price: Annotated[
        list[OrderPrice] | None, Field(alias="orderTotalPrice")
    ] = None
    payment: list[PaymentRef] | None = None
    product_offering_qualification: Annotated[
        list[ProductOfferingQualificationRef] | None,
        Field(alias="productOfferingQualification"),
    ] = None
    product_order_item: Annotated[
        list[ProductOrderItem], Field(alias="productOrderItem", min_length=1)
    ]
    quote: list[QuoteRef] | None = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
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


class ProductOrderCreateEvent(BaseModel):
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
        ProductOrderCreateEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOrderCreateEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_order: Annotated[
        ProductOrder | None,
        Field(
            alias="productOrder", description="The involved resource data for the event"
        ),
    ] = None


class ProductOrderDeleteEvent(BaseModel):
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
        ProductOrderDeleteEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOrderDeleteEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_order: Annotated[
        ProductOrder | None,
        Field(
            alias="productOrder", description="The involved resource data for the event"
        ),
    ] = None


class ProductOrderInformationRequiredEvent(BaseModel):
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
        ProductOrderInformationRequiredEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOrderInformationRequiredEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_order: Annotated[
        ProductOrder | None,
        Field(
            alias="productOrder", description="The involved resource data for the event"
        ),
    ] = None


class ProductOrderItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[
        str,
        Field(
            description="Identifier of the line item (generally it is a sequence number 01, 02, 03, ...)"
        ),
    ]
    quantity: Annotated[int | None, Field(description="Quantity ordered")] = None
    action: Annotated[
        OrderItemActionType,
        Field(
            description="The action to be carried out on the Product. Can be: add, modify, delete, noChange"
        ),
    ]
    appointment: AppointmentRef | None = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    item_price: Annotated[list[OrderPrice] | None, Field(alias="itemPrice")] = None
    item_term: Annotated[list[OrderTerm] | None, Field(alias="itemTerm")] = None
    item_total_price: Annotated[
        list[OrderPrice] | None, Field(alias="itemTotalPrice")
    ] = None
    payment: list[PaymentRef] | None = None
    product: ProductRefOrValue | None = None
    product_offering: Annotated[
        ProductOfferingRef | None, Field(alias="productOffering")
    ] = None
    product_offering_qualification_item: Annotated[
        ProductOfferingQualificationItemRef | None,
        Field(alias="productOfferingQualificationItem"),
    ] = None
    product_order_item: Annotated[
        list[ProductOrderItem] | None, Field(alias="productOrderItem")
    ] = None
    product_order_item_relationship: Annotated[
        list[OrderItemRelationship] | None, Field(alias="productOrderItemRelationship")
    ] = None
    qualification: list[ProductOfferingQualificationRef] | None = None
    quote_item: Annotated[QuoteItemRef | None, Field(alias="quoteItem")] = None
    state: Annotated[
        ProductOrderItemStateType | None,
        Field(
            description="State of the order item : described in the state machine diagram"
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


class ProductOrderItemStateType(StrEnum):
    acknowledged = "acknowledged"
    rejected = "rejected"
    pending = "pending"
    held = "held"
    in_progress = "inProgress"
    cancelled = "cancelled"
    completed = "completed"
    failed = "failed"
    assessing_cancellation = "assessingCancellation"
    pending_cancellation = "pendingCancellation"


class ProductOrderRef(BaseModel):
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


class ProductOrderStateChangeEvent(BaseModel):
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
        ProductOrderStateChangeEventPayload | None,
        Field(description="The event payload linked to the involved resource object"),
    ] = None


class ProductOrderStateChangeEventPayload(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    product_order: Annotated[
        ProductOrder | None,
        Field(
            alias="productOrder", description="The involved resource data for the event"
        ),
    ] = None


class ProductOrderStateType(StrEnum):
    acknowledged = "acknowledged"
    rejected = "rejected"
    pending = "pending"
    held = "held"
    in_progress = "inProgress"
    cancelled = "cancelled"
    completed = "completed"
    failed = "failed"
    partial = "partial"
    assessing_cancellation = "assessingCancellation"
    pending_cancellation = "pendingCancellation"


class ProductOrderUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cancellation_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="cancellationDate",
            description="Date when the order is cancelled. This is used when order is cancelled. ",
        ),
    ] = None
    cancellation_reason: Annotated[
        str | None,
        Field(
            alias="cancellationReason",
            description="Reason why the order is cancelled. This is used when order is cancelled. ",
        ),
    ] = None
    category: Annotated[
        str | None,
        Field(
            description='Used to categorize the order from a business perspective that can be useful for the OM system (e.g. "enterprise", "residential", ...)'
        ),
    ] = None
    completion_date: Annotated[
        AwareDatetime | None,
        Field(alias="completionDate", description="Date when the order was completed"),
    ] = None
    description: Annotated[
        str | None, Field(description="Description of the product order")
    ] = None
    expected_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="expectedCompletionDate",
            description="Expected delivery date amended by the provider",
        ),
    ] = None
    external_id: Annotated[
        str | None,
        Field(
            alias="externalId",
            description="ID given by the consumer and only understandable by him (to facilitate his searches afterwards)",
        ),
    ] = None
    notification_contact: Annotated[
        str | None,
        Field(
            alias="notificationContact",
            description="Contact attached to the order to send back information regarding this order",
        ),
    ] = None
    priority: Annotated[
        str | None,
        Field(
            description="A way that can be used by consumers to prioritize orders in OM system (from 0 to 4 : 0 is the highest priority, and 4 the lowest)"
        ),
    ] = None
    requested_completion_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedCompletionDate",
            description="Requested delivery date from the requestor perspective",
        ),
    ] = None
    requested_start_date: Annotated[
        AwareDatetime | None,
        Field(
            alias="requestedStartDate",
            description="Order fulfillment start date wished by the requestor. This is used when, for any reason, requestor cannot allow seller to begin to operationally begin the fulfillment before a date. ",
        ),
    ] = None
    agreement: Annotated[
        list[AgreementRef] | None,
        Field(
            description="A reference to an agreement defined in the context of the product order"
        ),
    ] = None
    billing_account: Annotated[
        BillingAccountRef | None, Field(alias="billingAccount")
    ] = None
    channel: list[RelatedChannel] | None = None
    note: list[Note] | None = None
    order_total_price: Annotated[
        list[OrderPrice] | None, Field(alias="orderTotalPrice")
    ] = None
    payment: list[PaymentRef] | None = None
    product_offering_qualification: Annotated[
        list[ProductOfferingQualificationRef] | None,
        Field(alias="productOfferingQualification"),
    ] = None
    product_order_item: Annotated[
        list[ProductOrderItem], Field(alias="productOrderItem", min_length=1)
    ]
    quote: list[QuoteRef] | None = None
    related_party: Annotated[list[RelatedParty] | None, Field(alias="relatedParty")] = (
        None
    )
    state: Annotated[
        ProductOrderStateType | None,
        Field(
            description="Tracks the lifecycle status of the product order, such as Acknowledged, Rejected, InProgress, Pending and so on."
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


class Quantity(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[
        float | None, Field(description="Numeric value in a given unit")
    ] = 1
    units: Annotated[str | None, Field(description="Unit")] = None


class QuoteItemRef(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Id of an item of a quote")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the related entity.")] = None
    quote_href: Annotated[
        str | None,
        Field(alias="quoteHref", description="Reference of the related entity."),
    ] = None
    quote_id: Annotated[
        str,
        Field(alias="quoteId", description="Unique identifier of a related entity."),
    ]
    quote_name: Annotated[
        str | None, Field(alias="quoteName", description="Name of the related entity.")
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


class QuoteRef(BaseModel):
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


class RelatedChannel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(description="Unique identifier of a related entity.")]
    href: Annotated[
        str | None, Field(description="Reference of the related entity.")
    ] = None
    name: Annotated[str | None, Field(description="Name of the channel.")] = None
    role: Annotated[str | None, Field(description="Role playing by the channel.")] = (
        None
    )
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


class TaskStateType(StrEnum):
    acknowledged = "acknowledged"
    terminated_with_error = "terminatedWithError"
    in_progress = "inProgress"
    done = "done"


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
ProductOrder.model_rebuild()
ProductOrderAttributeValueChangeEvent.model_rebuild()
ProductOrderCreate.model_rebuild()
ProductOrderCreateEvent.model_rebuild()
ProductOrderDeleteEvent.model_rebuild()
ProductOrderInformationRequiredEvent.model_rebuild()
ProductOrderItem.model_rebuild()
ProductOrderStateChangeEvent.model_rebuild()
ProductOrderUpdate.model_rebuild()
ProductRefOrValue.model_rebuild()
