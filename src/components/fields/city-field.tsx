import { Controller } from "react-hook-form";
import { FieldError } from "./field-error";
import { RegionSelect } from "./region-select";
import { messageAt, type FieldProps } from "./types";
import { asText } from "../../lib/as-text";

export function CityField({ name, control, errors }: FieldProps) {
  const message = messageAt(errors, name);
  return (
    <div className="space-y-2">
      <FieldError name={name} message={message} />
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <RegionSelect city={asText(field.value)} onCity={field.onChange} name={name} invalid={!!message} />
        )}
      />
    </div>
  );
}

/** 户籍: the province is an answer of its own (hukouProvince), the city too (hukouCity). */
export function HukouField({ control, errors }: FieldProps) {
  const message = messageAt(errors, "hukouCity") ?? messageAt(errors, "hukouProvince");
  return (
    <div className="space-y-2">
      <FieldError name="hukouCity" message={message} />
      <Controller
        name="hukouProvince"
        control={control}
        render={({ field: province }) => (
          <Controller
            name="hukouCity"
            control={control}
            render={({ field: city }) => (
              <RegionSelect
                city={asText(city.value)}
                onCity={city.onChange}
                province={asText(province.value)}
                onProvince={province.onChange}
                name="hukouCity"
                provinceName="hukouProvince"
                invalid={!!message}
              />
            )}
          />
        )}
      />
    </div>
  );
}
